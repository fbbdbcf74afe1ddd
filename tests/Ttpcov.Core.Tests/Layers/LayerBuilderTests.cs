using Ttpcov.Core.Attack;
using Ttpcov.Core.Layers;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Layers;

public class LayerBuilderTests
{
    private readonly LayerBuilder _builder = new();

    private static string[] Ids(NavigatorLayer layer) => layer.Techniques.Select(t => t.Id.ToString()).ToArray();

    private static LayerTechnique Entry(NavigatorLayer layer, string id) => layer.Techniques.Single(t => t.Id == TechniqueId.Parse(id));

    [Fact]
    public void Covered_layer_holds_exactly_the_covered_techniques_scored_by_alert_count()
    {
        var layer = _builder.Covered(Some.CoverageResult());

        Assert.Equal(["T1078", "T1078.004", "T1567"], Ids(layer));
        Assert.Equal([1234L, 334L, 11L], layer.Techniques.Select(t => t.Score));
        Assert.All(layer.Techniques, t => Assert.Null(t.Color));
        Assert.Equal(0, layer.Gradient.MinValue);
        Assert.Equal(1234, layer.Gradient.MaxValue);
    }

    [Fact]
    public void With_nothing_covered_the_gradient_still_has_max_above_min()
    {
        var layer = _builder.Covered(Some.NothingCovered());

        Assert.Empty(layer.Techniques);
        Assert.True(layer.Gradient.MaxValue > layer.Gradient.MinValue);
        Assert.True(_builder.Coverage(Some.NothingCovered()).Gradient.MaxValue > 0);
    }

    [Fact]
    public void A_covered_technique_lists_its_ten_busiest_alert_names_and_counts_the_rest()
    {
        var metadata = Entry(_builder.Covered(Some.CoverageResult()), "T1078").Metadata;

        var names = metadata.Where(m => m.Name == "alert name").Select(m => m.Value).ToList();
        Assert.Equal(11, names.Count);
        Assert.Equal("Risky sign-in 01 (99)", names[0]);
        Assert.Equal("+3 more (264 alerts)", names[^1]);
        Assert.Contains(metadata, m => m is { Name: "first seen", Value: "2025-06-10T15:30:00Z" });
        Assert.Contains(metadata, m => m is { Name: "last seen", Value: "2025-06-29T12:07:00Z" });
        Assert.Contains(metadata, m => m is { Name: "observed as", Value: "T1078.004 (sub-technique) (334)" });
        Assert.Contains(metadata, m => m is { Name: "rule", Value: "Impossible travel (800)" });
        Assert.All(metadata.Where(m => !m.IsDivider), m => Assert.False(string.IsNullOrWhiteSpace(m.Value)));
    }

    [Fact]
    public void A_parent_opens_to_show_its_sub_techniques_that_are_in_the_layer()
    {
        var layer = _builder.Covered(Some.CoverageResult());

        Assert.True(Entry(layer, "T1078").ShowSubtechniques);
        Assert.False(Entry(layer, "T1567").ShowSubtechniques);
        Assert.True(Entry(_builder.Coverage(Some.CoverageResult()), "T1567").ShowSubtechniques);
    }

    [Fact]
    public void Uncovered_layer_holds_exactly_the_gaps_coloured_by_kb_tier()
    {
        var layer = _builder.Uncovered(Some.CoverageResult());

        Assert.Equal(["T1005", "T1052", "T1213", "T1567.002", "T1574.001"], Ids(layer));
        Assert.Equal("#fd8d3c", Entry(layer, "T1005").Color);
        Assert.Equal("#fc3b3b", Entry(layer, "T1052").Color);
        Assert.Equal("#fce93b", Entry(layer, "T1567.002").Color);
        Assert.Equal("#bdbdbd", Entry(layer, "T1574.001").Color);
        Assert.Null(Entry(layer, "T1574.001").Score);
        Assert.Equal(["frequent (tier 3)", "moderate (tier 2)", "infrequent (tier 1)", "no tier"], layer.LegendItems.Select(l => l.Label));
    }

    [Fact]
    public void A_sub_technique_seen_only_through_its_parent_says_so()
    {
        var entry = Entry(_builder.Uncovered(Some.CoverageResult()), "T1567.002");

        Assert.Contains(entry.Metadata, m => m is { Name: "parent only", Value: "11 alert(s) carried the parent T1567 but not this sub-technique" });
        Assert.Contains("Parent only", entry.Comment, StringComparison.Ordinal);
        Assert.Contains(entry.Metadata, m => m is { Name: "KB tier", Value: "1 (infrequent)" });
    }

    [Fact]
    public void A_remapped_kb_technique_names_the_id_the_kb_used()
    {
        var entry = Entry(_builder.Uncovered(Some.CoverageResult()), "T1574.001");

        Assert.Contains(entry.Metadata, m => m is { Name: "KB ID", Value: "T1574.002" });
    }

    [Fact]
    public void Coverage_layer_shows_every_kb_technique_gaps_in_neutral_red()
    {
        var result = Some.CoverageResult();
        var layer = _builder.Coverage(result);

        Assert.Equal(result.Techniques.Select(t => t.Id).Order().Select(i => i.ToString()), Ids(layer));
        Assert.Equal(LayerPalette.NotCovered, Entry(layer, "T1052").Color);
        Assert.Null(Entry(layer, "T1052").Score);
        Assert.Equal(1234, Entry(layer, "T1078").Score);
        Assert.Equal(["covered", "not covered"], layer.LegendItems.Select(l => l.Label));
    }

    [Fact]
    public void Layers_say_which_kb_attack_version_window_and_sources_made_them()
    {
        foreach (var layer in _builder.All(Some.CoverageResult()))
        {
            Assert.Equal("18", layer.AttackVersion);
            Assert.Contains("Insider Threat TTP KB v2 (3f6a0c2b9d81)", layer.Name, StringComparison.Ordinal);
            Assert.Contains("ATT&CK 18.1", layer.Name, StringComparison.Ordinal);
            Assert.Contains("2025-05-31 12:00Z to 2025-06-30 12:00Z", layer.Name, StringComparison.Ordinal);
            Assert.Contains("workspace:contoso-sentinel, file:alerts.csv", layer.Description, StringComparison.Ordinal);
            Assert.Contains("Covered 3 of 8 KB techniques (37.5 %", layer.Description, StringComparison.Ordinal);
        }
    }
}
