using System.Xml.Linq;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class MatrixSvgLadderTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "matrix-rules.svg", ReportSamples.Svg(LadderSamples.Spread()));
    }

    [Fact]
    public void Rules_add_a_rung_to_every_kb_cell_and_a_mark_to_gaps_with_a_rule_or_template_without_changing_status_or_fill()
    {
        var plain = Cells(ReportSamples.Spread());
        var laddered = Cells(LadderSamples.Spread());

        Assert.Equal(plain.Select(Look), laddered.Select(Look));
        Assert.All(laddered.Where(c => (string?)c.Attribute("data-status") != "context"), c => Assert.NotNull(c.Attribute("data-rung")));
        Assert.All(laddered.Where(c => (string?)c.Attribute("data-status") == "context"), c => Assert.Null(c.Attribute("data-rung")));
        Assert.All(plain, c => Assert.Null(c.Attribute("data-rung")));
        var marked = laddered.Where(c => c.Elements(Svg + "rect").Any(r => (string?)r.Attribute("class") == "rung-mark"))
            .Select(c => ((string)c.Attribute("data-technique")!, (string)c.Attribute("data-rung")!)).Distinct().Order();
        Assert.Equal([("T1005", "templateAvailable"), ("T1052", "enabledSilent"), ("T1213", "templateAvailable")], marked);
        Assert.Contains("rung: template available", laddered.First(c => (string?)c.Attribute("data-technique") == "T1213").Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_rule_names_leave_the_matrix_well_formed()
    {
        var svg = ReportSamples.ParseXml(ReportSamples.Svg(HostileReportInput.WithRules()));

        Assert.All(svg.Descendants(), e => Assert.Contains(e.Name.LocalName, (string[])["svg", "title", "g", "rect", "text"]));
        Assert.Equal("templateAvailable", (string?)svg.Descendants(Svg + "g").First(g => (string?)g.Attribute("data-technique") == "T1567.002").Attribute("data-rung"));
    }

    // What the browser test counts and a person sees: technique, status and the cell's fill.
    private static (string?, string?, string?) Look(XElement cell) =>
        ((string?)cell.Attribute("data-technique"), (string?)cell.Attribute("data-status"), (string?)cell.Element(Svg + "rect")!.Attribute("fill"));

    private static List<XElement> Cells(Core.Coverage.CoverageResult result) =>
        [.. ReportSamples.ParseXml(ReportSamples.Svg(result)).Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "cell")];
}
