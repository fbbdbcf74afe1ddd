using System.Globalization;

namespace Ttpcov.Core.Alerts;

/// <summary>
/// Reads the timestamps found in SecurityAlert exports, culture-independently, as UTC:
/// ISO-8601 with 0–7 fractional digits and <c>Z</c>, an offset or no zone (<c>2023-02-20T11:04:02.6371632Z</c>),
/// the same with a space (<c>2024-07-04 22:35:00.746663+00:00</c>, Python's <c>str(datetime)</c>;
/// <c>2019-01-11 06:31:40</c>), and the portal's locale forms (<c>2/25/2025, 9:19:25.391 AM</c>,
/// <c>11/06/2026, 08:18:17.083</c>). A first number above 12 means day-first and a second above 12 means
/// month-first whatever <see cref="DateOrder"/> says; otherwise the preference decides.
/// </summary>
public static class TimestampParser
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    private static readonly string[] MonthFirstFormats = LocaleFormats("M/d/yyyy");

    private static readonly string[] DayFirstFormats = LocaleFormats("d/M/yyyy");

    /// <summary>
    /// True with a value for a readable timestamp; true with null for "no value" (empty, <c>None</c>, <c>null</c>);
    /// false for text that is not a timestamp the exports contain (the caller reports it with its location).
    /// </summary>
    public static bool TryParse(string? text, DateOrder order, out DateTimeOffset? value)
    {
        value = null;
        if (text is not null && IsoUtcTimestamp.TryParse(text, out var fast))
        {
            value = fast;
            return true;
        }

        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed is "None" or "null" or "NULL")
        {
            return true;
        }

        var formats = trimmed.Contains('/', StringComparison.Ordinal) ? LocaleFormatsFor(trimmed, order) : IsoFormats;
        if (DateTimeOffset.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, Styles, out var parsed))
        {
            value = parsed.ToUniversalTime();
            return true;
        }

        return false;
    }

    private static string[] LocaleFormatsFor(string text, DateOrder order)
    {
        var parts = text.Split('/', 3);
        if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            if (first > 12)
            {
                return DayFirstFormats;
            }

            if (second > 12)
            {
                return MonthFirstFormats;
            }
        }

        return order == DateOrder.DayFirst ? DayFirstFormats : MonthFirstFormats;
    }

    private static string[] LocaleFormats(string date) =>
    [
        date + ", h:mm:ss.FFF tt",
        date + ", H:mm:ss.FFF",
        date + " h:mm:ss.FFF tt",
        date + " H:mm:ss.FFF",
        date + ", h:mm tt",
        date + ", H:mm",
    ];
}
