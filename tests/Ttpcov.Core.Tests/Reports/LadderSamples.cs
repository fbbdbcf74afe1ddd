using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Tests.Reports;

/// <summary>
/// <see cref="ReportSamples.Spread"/> with a hand-made evidence ladder that reaches every rung and every way of
/// closing a gap: T1052 has a silent enabled rule; T1213 two templates (one needing two connectors) and a disabled
/// rule; T1005 twelve templates (past the listing limit); T1567.002 is parent-only with a disabled rule to switch on;
/// T1574.001 has nothing, so its data components are listed.
/// </summary>
internal static class LadderSamples
{
    private static readonly RequiredConnector Office = new("Office365", ["OfficeActivity"]);
    private static readonly RequiredConnector Entra = new("AzureActiveDirectory", ["AuditLogs", "SigninLogs"]);

    public static CoverageResult Spread() => WithLadder(ReportSamples.Spread(), Ladder);

    public static CoverageResult WithLadder(CoverageResult result, Func<TechniqueId, TechniqueRuleCoverage> ladder)
    {
        var techniques = result.Techniques.Select(t => ladder(t.Id)).ToList();
        var rules = techniques
            .SelectMany(t => t.EnabledRules.Concat(t.DisabledRules).Concat(t.Templates))
            .DistinctBy(r => r.Id)
            .Append(Rule("incident-mde", "Create incidents from Defender", enabled: true) with { Kind = AnalyticRule.IncidentCreationKind })
            .ToList();
        var set = new RuleSet(rules, [new RuleReadProblem("rules/broken.yaml", "not YAML")], [], [], ["rules"]);
        return result with { Rules = new RuleCoverage(techniques, set, [], []) };
    }

    public static AnalyticRule Rule(string id, string name, bool enabled, params RequiredConnector[] connectors) =>
        new(id, name, "Scheduled", enabled, [], [], [], id + ".json", null, connectors, IsTemplate: false);

    public static AnalyticRule Template(string id, string name, params RequiredConnector[] connectors) =>
        new(id, name, "Scheduled", false, [], [], [], id + ".yaml", id, connectors, IsTemplate: true);

    public static IReadOnlyList<string> DataComponents(TechniqueId id) =>
        ReportSamples.Catalog.TryGet(id, out var known) ? [.. known.DataComponents.Order(StringComparer.Ordinal)] : [];

    private static TechniqueRuleCoverage Ladder(TechniqueId id)
    {
        TechniqueRuleCoverage On(EvidenceRung rung, AnalyticRule[]? enabled = null, AnalyticRule[]? disabled = null, AnalyticRule[]? templates = null) =>
            new(id, rung, enabled ?? [], disabled ?? [], templates ?? [], DataComponents(id));

        return id.ToString() switch
        {
            "T1078" => On(EvidenceRung.Alerted, enabled: [Rule("rule-travel", "Impossible travel", true), Rule("rule-anon", "Sign-in from anonymous IP", true)]),
            "T1078.004" or "T1567" => On(EvidenceRung.Alerted),
            "T1052" => On(EvidenceRung.EnabledSilent, enabled: [Rule("rule-usb", "USB mass copy", true)]),
            "T1213" => On(EvidenceRung.TemplateAvailable, disabled: [Rule("rule-old-repo", "Old repository rule", false)],
                templates: [Template("tpl-massdl", "Mass download from repository", Entra, Office), Template("tpl-sharepoint", "SharePoint file access anomaly", Office)]),
            "T1005" => On(EvidenceRung.TemplateAvailable, templates: [.. Enumerable.Range(1, 12).Select(i => Template($"tpl-local-{i:D2}", $"Local collection {i:D2}"))]),
            "T1567.002" => On(EvidenceRung.NoDetection, disabled: [Rule("rule-cloud-upload", "Cloud upload", false)]),
            _ => On(EvidenceRung.NoDetection),
        };
    }
}
