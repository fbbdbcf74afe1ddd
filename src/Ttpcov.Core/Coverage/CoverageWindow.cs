using System.Globalization;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// The time window alerts were taken from: <c>TimeGenerated</c> in (<see cref="Start"/>, <see cref="End"/>].
/// Null bounds mean the inputs were taken whole.
/// </summary>
public sealed record CoverageWindow(DateTimeOffset? Start, DateTimeOffset? End, int? Days)
{
    public static CoverageWindow Whole { get; } = new(null, null, null);

    public static CoverageWindow LastDays(int days, DateTimeOffset asOf) => new(asOf.AddDays(-days), asOf, days);

    public bool Contains(DateTimeOffset time) => (Start is null || time > Start) && (End is null || time <= End);

    /// <summary>Invariant text (reports and layers quote it): "30 days, 2025-05-31 00:00Z to 2025-06-30 00:00Z" or "whole input".</summary>
    public override string ToString() =>
        Start is { } s && End is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"{Days} days, {s.UtcDateTime:yyyy-MM-dd HH:mm}Z to {e.UtcDateTime:yyyy-MM-dd HH:mm}Z")
            : "whole input";
}
