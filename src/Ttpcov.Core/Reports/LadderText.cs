using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// How the reports and <c>summary.json</c> spell the evidence ladder: a stable token per rung (a JSON value and an
/// HTML/SVG <c>data-rung</c>), the rung counts in one line, and what was read from the rules. Unescaped.
/// </summary>
internal static class LadderText
{
    /// <summary>The rungs, strongest first.</summary>
    public static IReadOnlyList<EvidenceRung> Rungs { get; } =
        [EvidenceRung.Alerted, EvidenceRung.EnabledSilent, EvidenceRung.TemplateAvailable, EvidenceRung.NoDetection];

    public static string Token(EvidenceRung rung) => rung switch
    {
        EvidenceRung.Alerted => "alerted",
        EvidenceRung.EnabledSilent => "enabledSilent",
        EvidenceRung.TemplateAvailable => "templateAvailable",
        _ => "noDetection",
    };

    public static bool TryParse(string? token, out EvidenceRung rung)
    {
        foreach (var candidate in Rungs)
        {
            if (string.Equals(Token(candidate), token, StringComparison.Ordinal))
            {
                rung = candidate;
                return true;
            }
        }

        rung = EvidenceRung.NoDetection;
        return false;
    }

    /// <summary>"3 alerted; 1 rule enabled, silent; 2 template available; 2 no detection".</summary>
    public static string Counts(RuleCoverage rules) =>
        string.Join("; ", Rungs.Select(r => $"{InvariantText.Number(rules.Count(r))} {TechniqueRuleCoverage.Name(r)}"));

    /// <summary>"120 read: 10 enabled, 5 disabled, 100 templates, 5 incident-creation (not counted); 3 problem(s), 1 duplicate(s) left out".</summary>
    public static string Read(RuleSet set) =>
        $"{InvariantText.Number(set.Rules.Count)} read: {InvariantText.Number(set.EnabledRules)} enabled, {InvariantText.Number(set.DisabledRules)} disabled, "
        + $"{InvariantText.Number(set.Templates)} templates, {InvariantText.Number(set.IncidentCreationRules)} incident-creation (not counted); "
        + $"{InvariantText.Number(set.Problems.Count)} problem(s), {InvariantText.Number(set.Duplicates.Count)} duplicate(s) left out";
}
