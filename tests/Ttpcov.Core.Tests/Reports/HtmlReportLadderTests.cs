using System.Xml.Linq;
using Ttpcov.Core.Reports;
using Ttpcov.TestSupport;
using static Ttpcov.Core.Tests.Rules.LadderCase;

namespace Ttpcov.Core.Tests.Reports;

public class HtmlReportLadderTests
{
    private static readonly XDocument Doc = ReportSamples.ParseXml(ReportSamples.Html(LadderSamples.Spread()));

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "report-rules.html", ReportSamples.Html(LadderSamples.Spread()));
    }

    [Fact]
    public void The_headline_counts_the_techniques_on_each_rung_and_the_run_says_what_rules_were_read()
    {
        var figures = new[] { "alerted", "enabledSilent", "templateAvailable", "noDetection" }
            .Select(token => Doc.Descendants("div").Single(d => (string?)d.Attribute("data-figure") == "rung-" + token).Elements("span").First().Value);

        Assert.Equal(["3", "1", "2", "2"], figures);
        var rules = Doc.Descendants("tr").Single(r => r.Element("th")?.Value == "Rules").Element("td")!.Value;
        Assert.Equal("20 read: 3 enabled, 2 disabled, 14 templates, 1 incident-creation (not counted); 1 problem(s), 0 duplicate(s) left out", rules);
    }

    [Fact]
    public void Every_gap_shows_its_rung_and_how_to_close_it()
    {
        Assert.Equal(
            [("T1052", "enabledSilent"), ("T1213", "templateAvailable"), ("T1005", "templateAvailable"), ("T1567.002", "noDetection"), ("T1574.001", "noDetection")],
            Gaps().Select(r => ((string)r.Attribute("data-technique")!, (string)Rung(r).Attribute("data-rung")!)));
        Assert.Equal("template available", Rung(Gap("T1213")).Value);
        Assert.Equal(
            [("template", "template: Mass download from repository (tpl-massdl); needs AzureActiveDirectory (AuditLogs, SigninLogs), Office365 (OfficeActivity)"),
             ("template", "template: SharePoint file access anomaly (tpl-sharepoint); needs Office365 (OfficeActivity)"),
             ("switch-on", "switch on: Old repository rule (rule-old-repo)")],
            Steps("T1213"));
        Assert.Equal([("silent", "enabled, silent: USB mass copy (rule-usb)")], Steps("T1052"));
        Assert.Equal(["parent-only", "switch-on"], Steps("T1567.002").Select(s => s.Kind));
        Assert.Equal(("more", "+2 more (template)"), Steps("T1005")[^1]);
        Assert.Equal(11, Steps("T1005").Count);
        var data = Assert.Single(Steps("T1574.001"));
        Assert.Equal(("data", "bring in: " + string.Join(", ", LadderSamples.DataComponents(Core.Attack.TechniqueId.Parse("T1574.001")))), data);
        Assert.NotEmpty(LadderSamples.DataComponents(Core.Attack.TechniqueId.Parse("T1574.001")));
    }

    [Fact]
    public void A_report_from_the_real_ladder_gives_each_gap_the_rung_gaps_csv_gives_it()
    {
        var result = Run(
            KbOf(("T1052", 3), ("T1567", 2), ("T1213", 2), ("T1565", 3), ("T1078.004", null)),
            [Alert("a1", "[\"T1052\"]")],
            Rule("enabled-exfil", "T1567.002", name: "Exfil to cloud"),
            Rule("template-repo", "T1213", enabled: false, template: true, name: "Repo search"));
        var doc = ReportSamples.ParseXml(ReportSamples.Html(result));
        using var csv = new StringWriter();
        new GapsCsvWriter().Write(result, csv);

        var fromCsv = CsvRecords.Parse(csv.ToString()).Skip(1).Select(r => (r[0], r[3]));
        var fromHtml = doc.Descendants("tr").Where(r => (string?)r.Attribute("data-status") == "uncovered").Select(r => ((string)r.Attribute("data-technique")!, Rung(r).Value));
        Assert.Equal(fromCsv, fromHtml);
        Assert.Equal(4, fromHtml.Count());
    }

    [Fact]
    public void Hostile_rule_template_and_connector_names_stay_text_and_inject_nothing()
    {
        var html = ReportSamples.Html(HostileReportInput.WithRules());
        var doc = ReportSamples.ParseXml(html);

        Assert.All(doc.Descendants(), e => Assert.Contains(e.Name.LocalName, HtmlReportWriterTests.AllowedElements));
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName is "src" or "href");
        Assert.Single(doc.Descendants("style"));
        var closing = string.Concat(doc.Descendants("td").Where(td => (string?)td.Attribute("class") == "close").Select(td => td.Value));
        foreach (var hostile in HostileReportInput.Strings.Where(s => !s.Contains('\u0001', StringComparison.Ordinal)))
        {
            Assert.Contains(hostile, closing, StringComparison.Ordinal);
        }

        Assert.Contains("ctrl\uFFFDchar", closing, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<XElement> Gaps() => Doc.Descendants("tr").Where(r => (string?)r.Attribute("data-status") == "uncovered");

    private static XElement Gap(string id) => Gaps().Single(r => (string?)r.Attribute("data-technique") == id);

    private static XElement Rung(XElement row) => row.Elements("td").Single(td => td.Attribute("data-rung") is not null);

    private static List<(string Kind, string Text)> Steps(string id) =>
        [.. Gap(id).Descendants("li").Select(li => ((string)li.Attribute("class")!, li.Value))];
}
