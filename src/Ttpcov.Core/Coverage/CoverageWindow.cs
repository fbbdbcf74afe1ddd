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

    public override string ToString() =>
        Start is { } s && End is { } e
            ? $"{Days} days, {s.UtcDateTime:yyyy-MM-dd HH:mm}Z to {e.UtcDateTime:yyyy-MM-dd HH:mm}Z"
            : "whole input";
}
