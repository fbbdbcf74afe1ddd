namespace Ttpcov.Core.Alerts;

/// <summary>
/// The fast path of <see cref="TimestampParser"/> for the form nearly every JSON export uses,
/// <c>yyyy-MM-ddTHH:mm:ss[.f…f]Z</c> (0–7 fractional digits): read digit by digit. Anything else, or any value out
/// of range, is left to the general parser, so the results are the same.
/// </summary>
internal static class IsoUtcTimestamp
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || s.Length > 28 || s.Length == 21 || s[^1] != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        long fraction = 0;
        if (s.Length > 20)
        {
            if (s[19] != '.' || !Digits(s, 20, s.Length - 21, out var digits))
            {
                return false;
            }

            fraction = digits;
            for (var i = s.Length - 21; i < 7; i++)
            {
                fraction *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fraction, TimeSpan.Zero);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        foreach (var c in s.Slice(start, count))
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
