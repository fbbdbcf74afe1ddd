using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Kb;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Tests.Rules;

/// <summary>A small KB, alerts and rules run through the real coverage calculator and the ladder, on ATT&amp;CK 18.1.</summary>
internal static class LadderCase
{
    private static readonly AttackCatalog Target = EmbeddedAttackData.Enterprise18_1;

    public static KnowledgeBase KbOf(params (string Id, int? Tier)[] techniques) =>
        new("test KB", "1", "14.1", "test", "0000", [.. techniques.Select(t => new KbTechnique(TechniqueId.Parse(t.Id), t.Id, ["collection"], t.Tier))]);

    public static AnalyticRule Rule(string id, string techniques, bool enabled = true, bool template = false, string kind = "Scheduled", string? name = null) =>
        new(id, name ?? id, kind, enabled,
            [.. techniques.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(TechniqueId.Parse)], [], [], $"{id}.yaml",
            template ? id : null, template ? [new RequiredConnector("Office365", ["OfficeActivity"])] : [], template);

    public static AlertRecord Alert(string id, string techniques) =>
        new() { SystemAlertId = id, TimeGenerated = "2025-03-02T10:00:00Z", Techniques = techniques, AlertName = "alert " + id, ProductName = "Product", Location = new RecordLocation("t", 1) };

    public static CoverageResult Run(KnowledgeBase kb, AlertRecord[] alerts, params AnalyticRule[] rules)
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        foreach (var alert in alerts)
        {
            accumulator.Add(alert);
        }

        var run = new CoverageRun(["test"], CoverageWindow.Whole, kb.Name, kb.Version, kb.Sha256, kb.AttackVersion, Target.Version, Target.Source, DateTimeOffset.UnixEpoch, "test");
        var resolver = TechniqueResolver.ForEmbedded(Target);
        var result = CoverageCalculator.Calculate(accumulator.Build(), kb, Target, resolver, run);
        var set = new RuleSetBuilder();
        foreach (var rule in rules)
        {
            set.Add(rule);
        }

        return RuleCoverageCalculator.Attach(result, set.Build(), kb, resolver);
    }

    public static TechniqueRuleCoverage Ladder(CoverageResult result, string id) => result.Rules!.For(TechniqueId.Parse(id))!;
}
