namespace Ttpcov.Core.Coverage;

/// <summary>
/// The one immutable result every writer (layers, CSV, JSON, console, reports) reads. Techniques are in ID order.
/// <see cref="ObservedOutsideKb"/> lists target-version techniques alerts carried that the KB does not hold;
/// <see cref="KbUnmapped"/> KB IDs the target version cannot express (they are not counted in the totals).
/// </summary>
public sealed record CoverageResult(
    CoverageRun Run,
    IReadOnlyList<KbTechniqueCoverage> Techniques,
    CoverageTotals Totals,
    AlertStatistics Alerts,
    IReadOnlyList<IdReport> Unrecognised,
    IReadOnlyList<IdReport> UnknownToTarget,
    IReadOnlyList<IdMapping> Remapped,
    IReadOnlyList<IdReport> KbUnmapped,
    IReadOnlyList<ObservedTechnique> ObservedOutsideKb)
{
    /// <summary>What analytic rules add (the evidence ladder), when rules were given; null otherwise.</summary>
    public Rules.RuleCoverage? Rules { get; init; }
}
