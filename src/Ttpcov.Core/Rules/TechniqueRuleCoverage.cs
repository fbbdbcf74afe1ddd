using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Where one KB technique (target-version ID) stands on the evidence ladder and the rules behind it: enabled rules,
/// disabled rules and templates that map to it by the coverage rules (each list sorted by name, then id), and the
/// ATT&amp;CK data components that would detect it.
/// </summary>
public sealed record TechniqueRuleCoverage(
    TechniqueId Id,
    EvidenceRung Rung,
    IReadOnlyList<AnalyticRule> EnabledRules,
    IReadOnlyList<AnalyticRule> DisabledRules,
    IReadOnlyList<AnalyticRule> Templates,
    IReadOnlyList<string> DataComponents)
{
    /// <summary>The rung's name as the outputs spell it.</summary>
    public string RungName => Name(Rung);

    public static string Name(EvidenceRung rung) => rung switch
    {
        EvidenceRung.Alerted => "alerted",
        EvidenceRung.EnabledSilent => "rule enabled, silent",
        EvidenceRung.TemplateAvailable => "template available",
        _ => "no detection",
    };
}
