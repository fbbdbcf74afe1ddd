using System.Text.Json;
using Ttpcov.TestSupport;

namespace Ttpcov.Cli.Tests.Hostile;

/// <summary>
/// Hostile alert, product, rule, template and connector names go through the whole CLI (alerts and a <c>--rules</c>
/// folder) and every output keeps its shape: no element or attribute is injected into report.html or matrix.svg, the
/// names are shown escaped, report.md tables keep their columns, the CSVs keep their cells and neutralise formulas,
/// and the layers carry each name exactly.
/// </summary>
public sealed class HostileOutputTests(HostileRun run) : IClassFixture<HostileRun>
{
    [Fact]
    public void The_run_reads_every_hostile_rule_and_succeeds()
    {
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Report_html_is_well_formed_gets_no_injected_element_or_attribute_and_shows_every_name_as_text()
    {
        var html = run.Output("report.html");
        var document = MarkupScan.Parse(html);

        Assert.Empty(MarkupScan.Injected(document));
        var texts = MarkupScan.Texts(document);
        var shown = HostileRun.AlertNames.Concat(HostileRun.ProductNames).Concat(HostileRun.TemplateNames).Concat(HostileRun.ArmRuleNames).Concat(HostileRun.ConnectorIds);
        Assert.All(shown, name => Assert.Contains(texts, t => t.Contains(name, StringComparison.Ordinal)));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; (template)", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; (arm rule)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("]]>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_svg_is_well_formed_and_gets_no_injected_element_or_attribute()
    {
        var document = MarkupScan.Parse(run.Output("matrix.svg"));

        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Empty(MarkupScan.Injected(document));
    }

    [Fact]
    public void Report_md_tables_keep_their_columns_and_no_name_opens_markup_or_a_code_span()
    {
        var markdown = run.Output("report.md");

        var tables = MarkdownTableRows.Tables(markdown);
        Assert.True(tables.Count >= 4, $"{tables.Count} tables");
        Assert.All(tables, table => Assert.All(table, row => Assert.Equal(MarkdownTableRows.Separators(table[0]), MarkdownTableRows.Separators(row))));
        Assert.DoesNotMatch(@"(?<!\\)<(?!br>)", markdown);
        Assert.Contains(@"\<script\>alert(1)\</script\> (template)", markdown, StringComparison.Ordinal);
        Assert.Contains(@"a \| b \| c (arm rule)", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\`\`code\`\` and \`tick (product)", markdown, StringComparison.Ordinal);
        Assert.Contains("line one line two (template)", markdown, StringComparison.Ordinal);
        Assert.Contains("para graph (product)", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coverage.csv", "alert_names", "'=cmd|' /C calc'!A0")]
    [InlineData("coverage.csv", "products", "'=cmd|' /C calc'!A0 (product)")]
    [InlineData("gaps.csv", "template_names", "'=cmd|' /C calc'!A0 (template)")]
    [InlineData("gaps.csv", "disabled_rules", "'=cmd|' /C calc'!A0 (arm rule)")]
    public void The_csvs_keep_their_cells_and_neutralise_formulas(string file, string column, string neutralisedStart)
    {
        var csv = CsvRecords.Parse(run.Output(file));

        Assert.All(csv, row => Assert.Equal(csv[0].Count, row.Count));
        Assert.All(csv.SelectMany(row => row), cell => Assert.DoesNotMatch("^[=+\\-@\\t\\r]", cell));
        var cells = csv.Skip(1).Select(row => row[csv[0].ToList().IndexOf(column)]).ToList();
        Assert.Contains(cells, cell => cell.StartsWith(neutralisedStart, StringComparison.Ordinal));
        Assert.Contains(csv.SelectMany(row => row), cell => cell.Contains("line one\nline two", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("insider-covered.json")]
    [InlineData("insider-uncovered.json")]
    [InlineData("insider-coverage.json")]
    [InlineData("insider-rules.json")]
    [InlineData("insider-ladder.json")]
    [InlineData("summary.json")]
    public void Every_json_output_parses(string file)
    {
        using var document = JsonDocument.Parse(run.Output(file));

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void Layer_metadata_carries_every_name_exactly()
    {
        var covered = Metadata("insider-covered.json");
        var rules = Metadata("insider-rules.json");
        var ladder = Metadata("insider-ladder.json");

        Assert.All(HostileRun.AlertNames, name => Assert.Contains(("alert name", $"{name} (1)"), covered));
        Assert.All(HostileRun.ProductNames, name => Assert.Contains(("product", $"{name} (1)"), covered));
        var armRules = HostileRun.ArmRuleNames.Select((name, i) => (Name: name, Id: HostileRun.ArmRuleId(i), Enabled: i % 2 == 0)).ToList();
        Assert.All(armRules.Where(r => r.Enabled), r => Assert.Contains(("rule", $"{r.Name} ({r.Id}, enabled)"), rules));
        Assert.All(armRules, r => Assert.Contains(("rule", $"{r.Name} ({r.Id}, {(r.Enabled ? "enabled" : "disabled")})"), ladder));
        Assert.Contains(("template", $"{HostileRun.TemplateNames[0]} ({HostileRun.TemplateId(0)}, template)"), ladder);
    }

    private HashSet<(string, string)> Metadata(string layer)
    {
        using var document = JsonDocument.Parse(run.Output(layer));
        return document.RootElement.GetProperty("techniques").EnumerateArray()
            .SelectMany(t => t.TryGetProperty("metadata", out var m) ? m.EnumerateArray().ToList() : [])
            .Where(m => m.TryGetProperty("value", out _))
            .Select(m => (m.GetProperty("name").GetString()!, m.GetProperty("value").GetString()!))
            .ToHashSet();
    }
}
