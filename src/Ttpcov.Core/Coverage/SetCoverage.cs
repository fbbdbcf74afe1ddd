using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// What one distinct technique set means for the KB, worked out once and reused for every alert that carries it:
/// which KB techniques it covers (and through which IDs the alert spelled them), which KB sub-techniques it reaches
/// only through their parent, the target-version IDs it carries, and the IDs it carries that cannot be mapped.
/// </summary>
internal sealed record SetCoverage(
    IReadOnlyList<(TechniqueId KbId, IReadOnlyList<string> ObservedAs)> Covers,
    IReadOnlyList<TechniqueId> ParentOnly,
    IReadOnlyList<TechniqueId> Observed,
    IReadOnlyList<(string Id, string Reason)> Unmappable,
    IReadOnlyList<(string From, string To, string Path)> Remapped);
