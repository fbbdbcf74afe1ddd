namespace Ttpcov.Core.Attack;

/// <summary>
/// What a technique ID means in the target version: its <see cref="Status"/>, the live target ID it maps to (if any),
/// the <see cref="Path"/> from the ID to that target (e.g. T1073 → T1574.002 → T1574.001), the candidates of an
/// ambiguous mapping, and a reason a person can read.
/// </summary>
public sealed record TechniqueResolution(
    TechniqueId Id,
    ResolutionStatus Status,
    TechniqueId? Target,
    IReadOnlyList<TechniqueId> Path,
    IReadOnlyList<TechniqueId> Candidates,
    string Reason)
{
    /// <summary>True when the ID can be counted as <see cref="Target"/> (live or remapped).</summary>
    public bool Mapped => Target is not null;

    /// <summary>The path spelled "T1089 → T1562.001".</summary>
    public string PathText => string.Join(" → ", Path);
}
