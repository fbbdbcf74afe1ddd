using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// The coverage of one KB technique in the target ATT&amp;CK version.
/// <see cref="Id"/> is spelled as the target version spells it; <see cref="KbIds"/> are the IDs the KB used.
/// <see cref="ParentOnlyAlerts"/> counts, for a sub-technique, alerts that carried only its parent (they do not cover it).
/// </summary>
public sealed record KbTechniqueCoverage(
    TechniqueId Id,
    string Name,
    IReadOnlyList<string> Tactics,
    int? Tier,
    IReadOnlyList<TechniqueId> KbIds,
    CoverageStatus Status,
    TechniqueEvidence Evidence,
    long ParentOnlyAlerts)
{
    public bool Covered => Status == CoverageStatus.Covered;

    /// <summary>A sub-technique that no alert covers, although alerts carry its parent.</summary>
    public bool ParentOnly => !Covered && ParentOnlyAlerts > 0;

    /// <summary>The weight of the technique in the weighted coverage: its tier, or 1 when it has none.</summary>
    public int Weight => Tier ?? 1;
}
