namespace Ttpcov.Core.Coverage;

/// <summary>
/// Headline numbers. <see cref="Percent"/> = covered / KB techniques; <see cref="WeightedPercent"/> weighs each
/// technique by its KB tier (1 when it has none). Both are 0–100, rounded to one decimal only when written.
/// </summary>
public sealed record CoverageTotals(int KbTechniques, int Covered, int Uncovered, double Percent, double WeightedPercent);
