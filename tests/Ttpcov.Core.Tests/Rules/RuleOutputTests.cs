using System.Text.Json;
using Ttpcov.Core.Layers;
using Ttpcov.Core.Reports;
using Ttpcov.Core.Rules;
using Ttpcov.TestSupport;
using static Ttpcov.Core.Tests.Rules.LadderCase;

namespace Ttpcov.Core.Tests.Rules;

public class RuleOutputTests
{
    private static Ttpcov.Core.Coverage.CoverageResult Result() => Run(
        KbOf(("T1052", 3), ("T1567", 2), ("T1213", 2), ("T1565", 3), ("T1078.004", null)),
        [Alert("a1", "[\"T1052\"]")],
        Rule("enabled-exfil", "T1567.002", name: "Exfil to cloud"),
        Rule("also-usb", "T1052", name: "USB copy"),
        Rule("template-repo", "T1213", enabled: false, template: true, name: "Repo search"));

    private static IReadOnlyList<LayerProblem> Validate(NavigatorLayer layer, params string[] ids)
    {
        using var stream = new MemoryStream();
        new NavigatorLayerWriter().Write(layer, stream);
        stream.Position = 0;
        return new NavigatorLayerValidator().Validate(stream, ids.ToHashSet());
    }

    [Fact]
    public void The_rules_layer_holds_exactly_the_techniques_with_enabled_rules_scored_by_their_number()
    {
        var layer = new RuleLayerBuilder().Rules(Result());

        Assert.Empty(Validate(layer, "T1052", "T1567"));
        Assert.Equal([1L, 1L], layer.Techniques.Select(t => t.Score!.Value));
        var usb = layer.Techniques.Single(t => t.Id.ToString() == "T1052");
        Assert.Contains(usb.Metadata, m => m.Name == "rule" && m.Value == "USB copy (also-usb, enabled)");
        Assert.Contains(usb.Metadata, m => m.Name == "alert name" && m.Value == "alert a1 (1)");
    }

    [Fact]
    public void The_ladder_layer_colours_every_kb_technique_by_its_rung_and_has_a_legend()
    {
        var layer = new RuleLayerBuilder().Ladder(Result());

        Assert.Empty(Validate(layer, "T1052", "T1567", "T1213", "T1565", "T1078.004"));
        Assert.Equal(4, layer.LegendItems.Count);
        Assert.Equal(LadderPalette.TemplateAvailable, layer.Techniques.Single(t => t.Id.ToString() == "T1213").Color);
        var none = layer.Techniques.Single(t => t.Id.ToString() == "T1565");
        Assert.Equal((4L, LadderPalette.NoDetection), (none.Score!.Value, none.Color));
        Assert.Contains(none.Metadata, m => m.Name == "data component");
    }

    [Fact]
    public void Gaps_csv_lists_uncovered_techniques_most_frequent_first_with_templates_and_data_components()
    {
        using var writer = new StringWriter();
        new GapsCsvWriter().Write(Result(), writer);

        var rows = CsvRecords.Parse(writer.ToString());
        Assert.Equal(GapsCsvWriter.Columns, rows[0]);
        Assert.Equal(["T1565", "T1213", "T1567", "T1078.004"], rows.Skip(1).Select(r => r[0]));
        var repo = rows.Single(r => r[0] == "T1213");
        Assert.Equal(("template available", "Repo search", "template-repo", "Office365 (OfficeActivity)"), (repo[3], repo[5], repo[6], repo[7]));
        Assert.Equal("rule enabled, silent", rows.Single(r => r[0] == "T1567")[3]);
        Assert.Contains("File Modification", rows.Single(r => r[0] == "T1565")[9], StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_csv_neutralises_hostile_rule_names()
    {
        var rules = Some.HostileNames.Select((n, i) => Rule($"t{i}", "T1213", template: true, name: n)).ToArray();
        var result = Run(KbOf(("T1213", 2)), [], rules);
        using var writer = new StringWriter();

        new GapsCsvWriter().Write(result, writer);

        var cells = CsvRecords.Parse(writer.ToString());
        Assert.Equal(2, cells.Count);
        var names = cells[1][5];
        Assert.False(names.Length > 0 && names[0] is '=' or '+' or '-' or '@' or '\t' or '\r', names);
        Assert.Contains("=cmd|' /C calc'!A0", names, StringComparison.Ordinal);
        Assert.Contains("line one\nline two", names, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_section_counts_the_rungs_and_says_how_to_close_each_gap()
    {
        using var writer = new StringWriter();
        new RuleConsoleWriter().Write(Result(), writer);
        var text = writer.ToString();

        Assert.Contains("Ladder:  1 alerted, 1 rule enabled but silent, 1 template available, 2 no detection", text, StringComparison.Ordinal);
        Assert.Contains("template: Repo search [needs Office365]", text, StringComparison.Ordinal);
        Assert.Contains("bring in: ", text, StringComparison.Ordinal);
        Assert.All(text, c => Assert.True(c is '\n' or '\r' or (>= ' ' and <= '~')));
    }
}
