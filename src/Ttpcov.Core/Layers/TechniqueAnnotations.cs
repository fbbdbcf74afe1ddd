using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;

namespace Ttpcov.Core.Layers;

/// <summary>
/// What a layer says about one KB technique: a comment and metadata a person can act on (when, which alerts, which
/// rules and products, which IDs the alerts used; or for a gap, its KB tier and whether alerts carry only its parent).
/// </summary>
internal sealed class TechniqueAnnotations(int maxListed)
{
    public string Comment(KbTechniqueCoverage technique) => technique.Covered ? CoveredComment(technique) : UncoveredComment(technique);

    public IReadOnlyList<MetadataItem> Metadata(KbTechniqueCoverage technique)
    {
        var items = new List<MetadataItem>
        {
            new("status", technique.Covered ? "covered" : "not covered"),
            new("KB tier", InvariantText.Tier(technique.Tier)),
        };
        if (technique.Tactics.Count > 0)
        {
            items.Add(new("KB tactics", string.Join(", ", technique.Tactics)));
        }

        if (technique.KbIds.Count != 1 || technique.KbIds[0] != technique.Id)
        {
            items.Add(new("KB ID", string.Join(", ", technique.KbIds)));
        }

        if (technique.Covered)
        {
            AddEvidence(items, technique.Evidence);
        }
        else if (technique.ParentOnly)
        {
            items.Add(new("parent only", ParentOnlyNote(technique)));
        }

        return items;
    }

    private void AddEvidence(List<MetadataItem> items, TechniqueEvidence evidence)
    {
        items.Add(MetadataItem.Divider);
        items.Add(new("alerts", InvariantText.Number(evidence.AlertCount)));
        items.Add(new("first seen", InvariantText.Timestamp(evidence.FirstSeen)));
        items.Add(new("last seen", InvariantText.Timestamp(evidence.LastSeen)));
        AddList(items, "alert name", evidence.AlertNames);
        AddList(items, "product", evidence.Products);
        AddList(items, "rule", evidence.Rules);
        AddList(items, "workspace", evidence.Workspaces);
        AddList(items, "observed as", evidence.ObservedAs);
    }

    private void AddList(List<MetadataItem> items, string name, IReadOnlyList<CountedName> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        items.Add(MetadataItem.Divider);
        foreach (var value in values.Take(maxListed))
        {
            items.Add(new(name, InvariantText.Counted(value)));
        }

        if (values.Count > maxListed)
        {
            var rest = values.Skip(maxListed).ToList();
            items.Add(new(name, $"+{InvariantText.Number(rest.Count)} more ({InvariantText.Number(rest.Sum(v => v.Alerts))} alerts)"));
        }
    }

    private static string CoveredComment(KbTechniqueCoverage technique)
    {
        var e = technique.Evidence;
        return $"Covered: {InvariantText.Number(e.AlertCount)} alert(s) from {InvariantText.Timestamp(e.FirstSeen)} to "
            + $"{InvariantText.Timestamp(e.LastSeen)}; {InvariantText.Number(e.AlertNames.Count)} alert name(s), "
            + $"{InvariantText.Number(e.Rules.Count)} rule(s), {InvariantText.Number(e.Products.Count)} product(s). "
            + $"KB tier: {InvariantText.Tier(technique.Tier)}.";
    }

    private static string UncoveredComment(KbTechniqueCoverage technique)
    {
        var comment = $"Not covered: no alert carried {technique.Id}. KB tier: {InvariantText.Tier(technique.Tier)}.";
        return technique.ParentOnly ? $"{comment} Parent only: {ParentOnlyNote(technique)}." : comment;
    }

    private static string ParentOnlyNote(KbTechniqueCoverage technique) =>
        $"{InvariantText.Number(technique.ParentOnlyAlerts)} alert(s) carried the parent {technique.Id.Parent} but not this sub-technique";
}
