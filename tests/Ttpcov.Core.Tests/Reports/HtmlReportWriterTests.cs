using System.Xml.Linq;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class HtmlReportWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static readonly HashSet<string> AllowedElements =
    [
        "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "section", "div", "span", "table", "tr",
        "th", "td", "ul", "li", "code", "footer", "svg", "g", "rect", "text",
    ];

    [Fact]
    public void Is_one_self_contained_page_without_scripts_or_external_resources()
    {
        var html = ReportSamples.Html(ReportSamples.Spread());
        var doc = ReportSamples.ParseXml(html);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.All(doc.Descendants(), e => Assert.Contains(e.Name.LocalName, AllowedElements));
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href" or "xlink:href");
        var style = doc.Descendants("style").Single().Value;
        Assert.DoesNotContain("url(", style, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", style, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", style, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_headline_figures_run_facts_and_one_row_per_kb_technique()
    {
        var doc = ReportSamples.ParseXml(ReportSamples.Html(ReportSamples.Spread()));

        Assert.Equal("37.5 %", Figure(doc, "coverage"));
        Assert.Equal("41.2 %", Figure(doc, "weighted"));
        Assert.Equal(("3", "5", "2"), (Figure(doc, "covered"), Figure(doc, "uncovered"), Figure(doc, "frequent-gaps")));
        var run = doc.Descendants("section").Single(s => (string?)s.Attribute("id") == "run").Value;
        foreach (var fact in new[] { "30 days, 2025-05-31 12:00Z to 2025-06-30 12:00Z", "contoso-sentinel", "Insider Threat TTP KB v2", Some.Run().KbSha256, "18.1 (embedded enterprise-attack 18.1)", "2025-06-30T12:00:00Z" })
        {
            Assert.Contains(fact, run, StringComparison.Ordinal);
        }

        var rows = doc.Descendants("tr").Where(r => r.Attribute("data-technique") is not null).ToList();
        Assert.Equal(["T1078", "T1078.004", "T1567"], Rows(rows, "covered"));
        Assert.Equal(["T1052", "T1213", "T1005", "T1567.002", "T1574.001"], Rows(rows, "uncovered"));
        Assert.Equal(8, doc.Descendants(Svg + "svg").Single().Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "cell" && (string?)g.Attribute("data-status") != "context").Select(g => (string?)g.Attribute("data-technique")).Distinct().Count());
    }

    [Fact]
    public void Gaps_say_what_would_close_them_with_the_catalog_s_data_components()
    {
        var doc = ReportSamples.ParseXml(ReportSamples.Html(ReportSamples.Spread()));

        var cells = doc.Descendants("tr").Single(r => (string?)r.Attribute("data-technique") == "T1567.002").Elements("td").Select(td => td.Value).ToList();
        Assert.Equal("yes: 11 alert(s) carry T1567", cells[4]);
        Assert.StartsWith("11 alert(s) carry the parent T1567 only: tag the rules behind them with T1567.002", cells[5], StringComparison.Ordinal);
        Assert.Contains("Data it needs: ", doc.Descendants("tr").Single(r => (string?)r.Attribute("data-technique") == "T1052").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_stays_text_and_injects_no_element_or_attribute()
    {
        var html = ReportSamples.Html(HostileReportInput.Result());
        var doc = ReportSamples.ParseXml(html);

        Assert.All(doc.Descendants(), e => Assert.Contains(e.Name.LocalName, AllowedElements));
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName is "src" or "href");
        Assert.Single(doc.Descendants("style"));
        var text = doc.Root!.Value;
        foreach (var hostile in HostileReportInput.Strings.Where(s => !s.Contains('\u0001', StringComparison.Ordinal)))
        {
            Assert.Contains(hostile, text, StringComparison.Ordinal);
        }

        Assert.Contains("ctrl\uFFFDchar", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Writes_its_golden_file_without_rules()
    {
        GoldenFile.Verify("Ttpcov.Core.Tests", "report.html", ReportSamples.Html(ReportSamples.Spread()));
    }

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Does_not_depend_on_the_culture(string culture)
    {
        var invariant = ReportSamples.Html(ReportSamples.Spread());
        using var scope = new CultureScope(culture);

        Assert.Equal(invariant, ReportSamples.Html(ReportSamples.Spread()));
    }

    private static string Figure(XDocument doc, string name) =>
        doc.Descendants("div").Single(d => (string?)d.Attribute("data-figure") == name).Elements("span").First().Value;

    private static List<string> Rows(List<XElement> rows, string status) =>
        [.. rows.Where(r => (string?)r.Attribute("data-status") == status).Select(r => (string)r.Attribute("data-technique")!)];
}
