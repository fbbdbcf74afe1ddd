using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// What would close a gap once rules are known, step by step: the parent-only hint, the enabled rules that stayed
/// silent, the templates that would cover it with the data connectors each needs, the disabled rules to switch on,
/// and — only when none of those exists — the ATT&amp;CK data components to bring in. Each list stops after
/// <see cref="ReportModel.MaxListed"/> with "+K more".
/// </summary>
internal static class LadderAdvice
{
    public static IReadOnlyList<ClosingStep> For(KbTechniqueCoverage technique, TechniqueRuleCoverage ladder)
    {
        var steps = new List<ClosingStep>();
        if (technique.ParentOnly)
        {
            steps.Add(new("parent-only", GapAdvice.For(technique, [])));
        }

        Add(steps, "silent", "enabled, silent", ladder.EnabledRules, Rule);
        Add(steps, "template", "template", ladder.Templates, Template);
        Add(steps, "switch-on", "switch on", ladder.DisabledRules, Rule);
        if (steps.All(s => s.Kind == "parent-only"))
        {
            steps.Add(new("data", ladder.DataComponents.Count == 0
                ? "no data component listed in ATT&CK"
                : "bring in: " + string.Join(", ", ladder.DataComponents)));
        }

        return steps;
    }

    private static void Add(List<ClosingStep> steps, string kind, string label, IReadOnlyList<AnalyticRule> rules, Func<AnalyticRule, string> describe)
    {
        steps.AddRange(rules.Take(ReportModel.MaxListed).Select(r => new ClosingStep(kind, $"{label}: {describe(r)}")));
        if (rules.Count > ReportModel.MaxListed)
        {
            steps.Add(new("more", $"+{InvariantText.Number(rules.Count - ReportModel.MaxListed)} more ({label})"));
        }
    }

    private static string Rule(AnalyticRule rule) => $"{Blank(rule.Name)} ({rule.Id})";

    private static string Template(AnalyticRule template) => template.RequiredConnectors.Count == 0
        ? Rule(template)
        : $"{Rule(template)}; needs {string.Join(", ", template.RequiredConnectors.Select(c => c.ToString()))}";

    private static string Blank(string name) => string.IsNullOrWhiteSpace(name) ? InvariantText.Missing : name;
}
