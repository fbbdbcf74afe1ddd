using System.Xml.Linq;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class MatrixSvgWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "matrix.svg", ReportSamples.Svg(ReportSamples.Spread()));
    }

    [Fact]
    public void Draws_one_cell_per_technique_and_tactic_with_its_status_as_data_attributes()
    {
        var svg = ReportSamples.ParseXml(ReportSamples.Svg(ReportSamples.Spread()));
        var cells = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "cell").ToList();

        Assert.Equal(["T1078", "T1078", "T1078.004", "T1078.004", "T1567"], SvgCells("covered", cells));
        Assert.Equal(["T1005", "T1052", "T1213", "T1567.002", "T1574.001", "T1574.001", "T1574.001"], SvgCells("uncovered", cells));
        Assert.Equal(["T1574", "T1574", "T1574"], SvgCells("context", cells));
        Assert.All(cells, c => Assert.NotNull(c.Element(Svg + "title")));
        Assert.Equal("true", (string?)cells.Single(c => (string?)c.Attribute("data-technique") == "T1567.002").Attribute("data-parent-only"));
    }

    [Fact]
    public void Inline_svg_has_no_xml_declaration_and_standalone_svg_has_one()
    {
        using var inline = new StringWriter();
        new Core.Reports.MatrixSvgWriter().Write(Core.Reports.MatrixModel.Create(ReportSamples.Spread(), ReportSamples.Catalog), inline, standalone: false);

        Assert.StartsWith("<svg ", inline.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", ReportSamples.Svg(ReportSamples.Spread()), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_technique_and_tactic_names_stay_text_and_attribute_values_in_well_formed_xml()
    {
        var svg = ReportSamples.ParseXml(ReportSamples.Svg(HostileReportInput.Result()));

        Assert.All(svg.Descendants(), e => Assert.Contains(e.Name.LocalName, (string[])["svg", "title", "g", "rect", "text"]));
        Assert.All(svg.Descendants(), e => Assert.Equal(Svg, e.Name.Namespace));
        Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        var hostileTactic = HostileReportInput.Strings[1];
        Assert.Contains(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("data-tactic") == hostileTactic && (string?)g.Attribute("class") == "tactic");
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value.Contains("line one\nline two|", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value.Contains(HostileReportInput.Strings[0], StringComparison.Ordinal));
    }

    private static List<string> SvgCells(string status, List<XElement> cells) =>
        [.. cells.Where(c => (string?)c.Attribute("data-status") == status).Select(c => (string)c.Attribute("data-technique")!).Order(StringComparer.Ordinal)];
}
