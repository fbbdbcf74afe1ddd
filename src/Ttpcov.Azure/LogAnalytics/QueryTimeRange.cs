using System.Globalization;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>A time range (<see cref="Start"/>, <see cref="End"/>] on <c>TimeGenerated</c>, in UTC.</summary>
public readonly record struct QueryTimeRange
{
    public QueryTimeRange(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"The range end {end:o} must be after its start {start:o}.", nameof(end));
        }

        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    public static QueryTimeRange LastDays(int days, DateTimeOffset asOf) => new(asOf.AddDays(-days), asOf);

    /// <summary>The two halves of this range; the first ends where the second starts.</summary>
    public (QueryTimeRange First, QueryTimeRange Second) Halve()
    {
        var middle = Start + TimeSpan.FromTicks(Duration.Ticks / 2);
        return (new QueryTimeRange(Start, middle), new QueryTimeRange(middle, End));
    }

    /// <summary>
    /// The ISO-8601 interval for the request body's <c>timespan</c>. The service reads it as [start, end), so the
    /// end is padded by one second to cover a row stamped exactly at <see cref="End"/>; the KQL filter is exact.
    /// </summary>
    public string ToTimespan() => FormattableString.Invariant($"{Format(Start)}/{Format(End.AddSeconds(1))}");

    public override string ToString() => FormattableString.Invariant($"({Format(Start)}, {Format(End)}]");

    internal static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
