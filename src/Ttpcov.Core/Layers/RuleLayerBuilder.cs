using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Layers;

/// <summary>
/// The two layers of rule-based coverage: <c>insider-rules</c> (KB techniques that enabled rules map to; score =
/// number of enabled rules) and <c>insider-ladder</c> (every KB technique coloured by its evidence rung, score = rung).
/// Each entry's metadata names the rules (name, id, enabled) and alerts behind it.
/// </summary>
public sealed class RuleLayerBuilder(int maxListed = 10)
{
    public NavigatorLayer Rules(CoverageResult result)
    {
        var rules = Require(result);
        var entries = Pairs(result, rules).Where(p => p.Rules.EnabledRules.Count > 0).ToList();
        var max = entries.Select(p => (long)p.Rules.EnabledRules.Count).DefaultIfEmpty(1).Max();
        return Layer(
            result,
            "KB techniques with enabled rules",
            "KB techniques that enabled analytic rules map to; score = number of enabled rules.",
            [.. entries.Select(p => Entry(p.Technique, p.Rules, p.Rules.EnabledRules.Count, color: null))],
            new LayerGradient(LadderPalette.RuleGradient, 0, Math.Max(max, 1)),
            [new("fewest enabled rules", LadderPalette.RuleGradient[0]), new("most enabled rules", LadderPalette.RuleGradient[^1])]);
    }

    public NavigatorLayer Ladder(CoverageResult result)
    {
        var rules = Require(result);
        return Layer(
            result,
            "KB evidence ladder",
            "Every KB technique coloured by its strongest evidence: alerted, rule enabled but silent, template available, no detection.",
            [.. Pairs(result, rules).Select(p => Entry(p.Technique, p.Rules, (long)p.Rules.Rung, LadderPalette.For(p.Rules.Rung)))],
            new LayerGradient(LadderPalette.Gradient, 1, 4),
            [.. Enum.GetValues<EvidenceRung>().Select(r => new LegendItem($"{(int)r} {TechniqueRuleCoverage.Name(r)}", LadderPalette.For(r)))]);
    }

    private static RuleCoverage Require(CoverageResult result) =>
        result.Rules ?? throw new InvalidOperationException("The result carries no rule coverage: rule layers need rules.");

    private static IEnumerable<(KbTechniqueCoverage Technique, TechniqueRuleCoverage Rules)> Pairs(CoverageResult result, RuleCoverage rules) =>
        result.Techniques.Zip(rules.Techniques);

    private LayerTechnique Entry(KbTechniqueCoverage technique, TechniqueRuleCoverage rules, long score, string? color) =>
        new(technique.Id, score, color, Comment(technique, rules), Metadata(technique, rules));

    private static string Comment(KbTechniqueCoverage technique, TechniqueRuleCoverage rules) =>
        $"{TechniqueRuleCoverage.Name(rules.Rung)}: {InvariantText.Number(technique.Evidence.AlertCount)} alert(s), "
        + $"{InvariantText.Number(rules.EnabledRules.Count)} enabled rule(s), {InvariantText.Number(rules.Templates.Count)} template(s). "
        + $"KB tier: {InvariantText.Tier(technique.Tier)}.";

    private List<MetadataItem> Metadata(KbTechniqueCoverage technique, TechniqueRuleCoverage rules)
    {
        var items = new List<MetadataItem>
        {
            new("rung", $"{(int)rules.Rung} {rules.RungName}"),
            new("KB tier", InvariantText.Tier(technique.Tier)),
            new("alerts", InvariantText.Number(technique.Evidence.AlertCount)),
        };
        AddList(items, "alert name", technique.Evidence.AlertNames.Select(InvariantText.Counted).ToList());
        AddList(items, "rule", rules.EnabledRules.Concat(rules.DisabledRules).Select(Describe).ToList());
        if (rules.Rung != EvidenceRung.Alerted && rules.EnabledRules.Count == 0)
        {
            AddList(items, "template", rules.Templates.Select(Describe).ToList());
        }

        if (rules.Rung == EvidenceRung.NoDetection)
        {
            AddList(items, "data component", rules.DataComponents);
        }

        return items;
    }

    private void AddList(List<MetadataItem> items, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        items.Add(MetadataItem.Divider);
        items.AddRange(values.Take(maxListed).Select(v => new MetadataItem(name, v)));
        if (values.Count > maxListed)
        {
            items.Add(new(name, $"+{InvariantText.Number(values.Count - maxListed)} more"));
        }
    }

    private static string Describe(AnalyticRule rule) =>
        $"{Text(rule.Name)} ({rule.Id}, {(rule.IsTemplate ? "template" : rule.Enabled ? "enabled" : "disabled")})";

    private static string Text(string value) => string.IsNullOrWhiteSpace(value) ? InvariantText.Missing : value;

    private static NavigatorLayer Layer(CoverageResult result, string title, string what, List<LayerTechnique> techniques, LayerGradient gradient, IReadOnlyList<LegendItem> legend) =>
        new(
            LayerCaption.Name(title, result.Run),
            LayerCaption.Description(what, result),
            LayerCaption.AttackMajor(result.Run.AttackVersion),
            LayerBuilder.ExpandParents(techniques),
            gradient,
            legend,
            LayerCaption.Metadata(result));
}
