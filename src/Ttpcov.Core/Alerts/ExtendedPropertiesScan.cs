using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Ttpcov.Core.Alerts;

/// <summary>
/// Reads what ttpcov needs from one alert's ExtendedProperties in a single <see cref="Utf8JsonReader"/> pass, with
/// no document: the values of keys whose name contains "technique" (kept as their raw JSON) and the string value of
/// <c>Analytic Rule Ids</c> (the last one, as <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> finds it).
/// Only looks at all when the text mentions one of them; a text that is not one valid JSON object yields nothing.
/// Reusable: one instance per accumulator keeps its buffers.
/// </summary>
internal sealed class ExtendedPropertiesScan
{
    private const string RuleIdsKey = "Analytic Rule Ids";

    /// <summary>Vectorised; the same matches as <c>Contains("technique", StringComparison.OrdinalIgnoreCase)</c>, which is a slow scalar loop under invariant globalization.</summary>
    private static readonly SearchValues<string> Technique = SearchValues.Create(["technique"], StringComparison.OrdinalIgnoreCase);
    private byte[] _utf8 = new byte[4096];
    private byte[] _values = new byte[256];

    /// <summary>The text mentions "technique" (any case): <see cref="TechniqueValues"/> and <see cref="Readable"/> apply.</summary>
    public bool MentionsTechniques { get; private set; }

    /// <summary>The text is one valid JSON object.</summary>
    public bool Readable { get; private set; }

    /// <summary>The raw JSON of each technique value, one after another (a valid JSON value sequence).</summary>
    public ReadOnlySpan<byte> TechniqueValues => _values.AsSpan(0, ValuesLength);

    /// <summary>The string value of <c>Analytic Rule Ids</c>, when asked for and present.</summary>
    public string? RuleIds { get; private set; }

    private int ValuesLength { get; set; }

    public void Run(string? json, bool wantRuleIds)
    {
        MentionsTechniques = !string.IsNullOrWhiteSpace(json) && json.AsSpan().ContainsAny(Technique);
        wantRuleIds = wantRuleIds && json is not null && json.Contains(RuleIdsKey, StringComparison.Ordinal);
        (Readable, RuleIds, ValuesLength) = (false, null, 0);
        if (!MentionsTechniques && !wantRuleIds)
        {
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(json!.Length) <= _utf8.Length ? Encoding.UTF8.GetBytes(json, _utf8) : Grow(json);
        try
        {
            Readable = Scan(_utf8.AsSpan(0, length), wantRuleIds);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or a string that is not valid Unicode (a lone surrogate escape such as \ud800).
            Readable = false;
        }

        if (!Readable)
        {
            (RuleIds, ValuesLength) = (null, 0);
        }
    }

    private bool Scan(ReadOnlySpan<byte> utf8, bool wantRuleIds)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Span<char> name = stackalloc char[128];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTechnique = MentionsTechniques && NameContainsTechnique(ref reader, name);
            var isRuleIds = wantRuleIds && reader.ValueTextEquals(RuleIdsKey);
            reader.Read();
            var from = (int)reader.TokenStartIndex;
            reader.Skip();
            if (isTechnique)
            {
                Append(utf8[from..(int)reader.BytesConsumed]);
            }

            if (isRuleIds)
            {
                RuleIds = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
        }

        while (reader.Read())
        {
        }

        return true;
    }

    private static bool NameContainsTechnique(ref Utf8JsonReader reader, scoped Span<char> buffer)
    {
        if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= buffer.Length && Ascii.IsValid(reader.ValueSpan))
        {
            return Ascii.ToUtf16(reader.ValueSpan, buffer, out var written) == OperationStatus.Done
                && buffer[..written].ContainsAny(Technique);
        }

        return reader.GetString()!.Contains("technique", StringComparison.OrdinalIgnoreCase);
    }

    private void Append(ReadOnlySpan<byte> value)
    {
        if (ValuesLength + value.Length + 1 > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(_values.Length * 2, ValuesLength + value.Length + 1));
        }

        value.CopyTo(_values.AsSpan(ValuesLength));
        _values[ValuesLength + value.Length] = (byte)' ';
        ValuesLength += value.Length + 1;
    }

    private int Grow(string json)
    {
        var needed = Encoding.UTF8.GetByteCount(json);
        if (needed > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }

        return Encoding.UTF8.GetBytes(json, _utf8);
    }
}
