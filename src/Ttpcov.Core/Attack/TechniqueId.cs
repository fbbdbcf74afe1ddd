using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ttpcov.Core.Attack;

/// <summary>
/// An ATT&amp;CK technique or sub-technique ID (<c>T1234</c> or <c>T1234.001</c>), parsed once at the boundary.
/// Stored as one integer so that sets and dictionaries of IDs stay small; ordering follows the ID
/// (T1078 &lt; T1078.001 &lt; T1078.004 &lt; T1079).
/// </summary>
public readonly struct TechniqueId : IEquatable<TechniqueId>, IComparable<TechniqueId>, ISpanFormattable
{
    private const int SubSlots = 1024; // low bits: sub-technique number + 1, or 0 for a technique
    private const int NoSub = -1;
    private readonly int _value;

    private TechniqueId(int number, int sub) => _value = (number * SubSlots) + sub + 1;

    /// <summary>The four-digit technique number (1078 in T1078.004).</summary>
    public int Number => _value / SubSlots;

    /// <summary>The three-digit sub-technique number, or null for a technique.</summary>
    public int? SubNumber => _value % SubSlots is var s && s > 0 ? s - 1 : null;

    public bool IsSubTechnique => SubNumber is not null;

    /// <summary>The parent technique of a sub-technique; a technique is its own parent.</summary>
    public TechniqueId Parent => new(Number, NoSub);

    public static TechniqueId Technique(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        return new TechniqueId(number, NoSub);
    }

    public TechniqueId WithSub(int sub)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sub);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sub, 999);
        return new TechniqueId(Number, sub);
    }

    public static TechniqueId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not an ATT&CK technique ID (T#### or T####.###).");

    /// <summary>
    /// Parses <c>T####</c> or <c>T####.###</c> after trimming white space; the leading T may be lower case.
    /// Anything else (ICS IDs excepted, which are also T#### and are resolved later) is rejected.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TechniqueId id)
    {
        id = default;
        text = text.Trim();
        if (text.Length is not (5 or 9) || (text[0] is not ('T' or 't')))
        {
            return false;
        }

        if (!TryDigits(text.Slice(1, 4), out var number))
        {
            return false;
        }

        if (text.Length == 5)
        {
            id = new TechniqueId(number, NoSub);
            return true;
        }

        if (text[5] != '.' || !TryDigits(text.Slice(6, 3), out var sub))
        {
            return false;
        }

        id = new TechniqueId(number, sub);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out TechniqueId id)
    {
        if (text is null)
        {
            id = default;
            return false;
        }

        return TryParse(text.AsSpan(), out id);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    public bool Equals(TechniqueId other) => _value == other._value;

    public override bool Equals(object? obj) => obj is TechniqueId other && Equals(other);

    public override int GetHashCode() => _value;

    public int CompareTo(TechniqueId other) => _value.CompareTo(other._value);

    public static bool operator ==(TechniqueId left, TechniqueId right) => left.Equals(right);

    public static bool operator !=(TechniqueId left, TechniqueId right) => !left.Equals(right);

    public static bool operator <(TechniqueId left, TechniqueId right) => left.CompareTo(right) < 0;

    public static bool operator >(TechniqueId left, TechniqueId right) => left.CompareTo(right) > 0;

    public static bool operator <=(TechniqueId left, TechniqueId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(TechniqueId left, TechniqueId right) => left.CompareTo(right) >= 0;

    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        SubNumber is { } sub
            ? string.Create(CultureInfo.InvariantCulture, $"T{Number:D4}.{sub:D3}")
            : string.Create(CultureInfo.InvariantCulture, $"T{Number:D4}");

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SubNumber is { } sub
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"T{Number:D4}.{sub:D3}", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"T{Number:D4}", out charsWritten);
}
