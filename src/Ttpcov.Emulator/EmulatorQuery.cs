using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Ttpcov.Emulator;

/// <summary>
/// What the emulator understands of a query: the ttpcov marker comment on the first line and the <c>let</c>
/// parameters (WindowStart, WindowEnd, SliceStart, SliceEnd as <c>datetime()</c>, or Lookback as a timespan
/// literal), plus the body's <c>timespan</c> as a half-open range. The emulator does not run KQL: it answers
/// by marker, computing in C# what the KQL of that marker describes.
/// </summary>
internal sealed partial record EmulatorQuery(bool Groups, DateTimeOffset? WindowStart, DateTimeOffset? WindowEnd,
    DateTimeOffset? SliceStart, DateTimeOffset? SliceEnd, DateTimeOffset? TimespanStart, DateTimeOffset? TimespanEnd)
{
    public static EmulatorQuery? Parse(string query, string? timespan, DateTimeOffset now)
    {
        var firstLine = query.Split('\n', 2)[0].Trim();
        bool groups;
        if (firstLine == "// ttpcov:groups-v1")
        {
            groups = true;
        }
        else if (firstLine == "// ttpcov:rows-v1")
        {
            groups = false;
        }
        else
        {
            return null;
        }

        var lets = DatetimeLet().Matches(query).ToDictionary(m => m.Groups[1].Value, m => EmulatorAlertRow.ParseTime(m.Groups[2].Value));
        DateTimeOffset? windowStart = lets.GetValueOrDefault("WindowStart");
        if (windowStart is null && LookbackLet().Match(query) is { Success: true } lookback)
        {
            windowStart = now - Literal(lookback.Groups[1].Value, lookback.Groups[2].Value);
        }

        var (tsStart, tsEnd) = ParseTimespan(timespan, now);
        return new EmulatorQuery(groups, windowStart, lets.GetValueOrDefault("WindowEnd"),
            lets.GetValueOrDefault("SliceStart"), lets.GetValueOrDefault("SliceEnd"), tsStart, tsEnd);
    }

    /// <summary>The KQL filters: window (start, end], body timespan [start, end).</summary>
    public bool InWindow(DateTimeOffset time) =>
        (WindowStart is null || time > WindowStart) && (WindowEnd is null || time <= WindowEnd)
        && (TimespanStart is null || time >= TimespanStart) && (TimespanEnd is null || time < TimespanEnd);

    public bool InSlice(DateTimeOffset time) => (SliceStart is null || time > SliceStart) && (SliceEnd is null || time <= SliceEnd);

    private static (DateTimeOffset?, DateTimeOffset?) ParseTimespan(string? timespan, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(timespan))
        {
            return (null, null);
        }

        var parts = timespan.Split('/');
        if (parts.Length == 1)
        {
            return (now - XmlConvert.ToTimeSpan(parts[0]), now);
        }

        var start = EmulatorAlertRow.ParseTime(parts[0]);
        var end = parts[1].StartsWith('P') ? start + XmlConvert.ToTimeSpan(parts[1]) : EmulatorAlertRow.ParseTime(parts[1]);
        return start is null || end is null ? throw new FormatException($"Bad timespan '{timespan}'.") : (start, end);
    }

    private static TimeSpan Literal(string number, string unit)
    {
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        return unit switch
        {
            "d" => TimeSpan.FromDays(value),
            "h" => TimeSpan.FromHours(value),
            "m" => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    [GeneratedRegex(@"let\s+(\w+)\s*=\s*datetime\(\s*([^)\s]+)\s*\)\s*;")]
    private static partial Regex DatetimeLet();

    [GeneratedRegex(@"let\s+Lookback\s*=\s*(\d+(?:\.\d+)?)([dhms])\s*;")]
    private static partial Regex LookbackLet();
}
