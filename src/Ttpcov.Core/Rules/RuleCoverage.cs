using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Rules;

/// <summary>
/// What analytic rules add to a coverage result: the ladder rung of every KB technique (in the result's order), the
/// rules read, and the technique values in rules that could not be used (<see cref="IdReport.Alerts"/> counts rules).
/// </summary>
public sealed record RuleCoverage(
    IReadOnlyList<TechniqueRuleCoverage> Techniques,
    RuleSet RuleSet,
    IReadOnlyList<IdReport> Unrecognised,
    IReadOnlyList<IdReport> UnknownToTarget)
{
    public int Count(EvidenceRung rung) => Techniques.Count(t => t.Rung == rung);

    public TechniqueRuleCoverage? For(Ttpcov.Core.Attack.TechniqueId id) => Techniques.FirstOrDefault(t => t.Id == id);
}
