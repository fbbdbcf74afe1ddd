using Ttpcov.TestSupport;

namespace Ttpcov.Cli.Tests.Browser;

public class ReportInBrowserTests
{
    [Fact]
    public async Task The_secrl_report_shows_19_covered_and_54_uncovered_kb_techniques_with_no_console_error()
    {
        var alerts = SharedData.Sample("alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv");
        using var dir = new TempDirectory();
        Assert.Equal(0, (await CliRun.Of("coverage", "--alerts", alerts, "--out", dir.Path, "--quiet")).ExitCode);

        var seen = await ReportBrowser.RenderAsync(dir.File("report.html"), "report.png");

        Assert.Empty(seen.Complaints);
        Assert.Equal((19, 54), (seen.CoveredTechniques, seen.UncoveredTechniques));
        var summary = ReportBrowser.Summary(dir.Path);
        Assert.Equal(summary.GetProperty("coveredIds").GetArrayLength(), seen.CoveredTechniques);
        Assert.Equal(summary.GetProperty("uncoveredIds").GetArrayLength(), seen.UncoveredTechniques);
        Assert.Equal(("26.0 %", "25.0 %", "19", "54"), (seen.Coverage, seen.Weighted, seen.CoveredFigure, seen.UncoveredFigure));
        Assert.True(seen.CoveredCells >= 19 && seen.UncoveredCells >= 54, $"{seen.CoveredCells} covered and {seen.UncoveredCells} uncovered cells");
        Assert.Equal(seen.CellsInDom, seen.CellsDrawn);
        Assert.Equal(0, seen.Scripts);
        Assert.Contains("Insider threat coverage", seen.VisibleText, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(ReportBrowser.ArtifactsFolder, "report.png")));
    }

    [Fact]
    public async Task With_the_detections_templates_every_gap_shows_its_rung_and_the_headline_counts_agree_with_summary_json()
    {
        var alerts = SharedData.Sample("alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv");
        var rules = SharedData.Sample("rules/Azure__Azure-Sentinel/Detections");
        using var dir = new TempDirectory();
        Assert.Equal(0, (await CliRun.Of("coverage", "--alerts", alerts, "--rules", rules, "--out", dir.Path, "--quiet")).ExitCode);

        var seen = await ReportBrowser.RenderAsync(dir.File("report.html"), "report-rules.png");

        Assert.Empty(seen.Complaints);
        Assert.Equal((19, 54), (seen.CoveredTechniques, seen.UncoveredTechniques));
        Assert.Equal(54, seen.RungCellsDrawn);
        var rungs = ReportBrowser.Summary(dir.Path).GetProperty("rules").GetProperty("rungs");
        Assert.Equal(rungs.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())), seen.LadderFigures.Select(p => (p.Key, p.Value)));
        Assert.Equal(19, seen.LadderFigures["alerted"]);
        Assert.True(seen.LadderFigures["templateAvailable"] > 0, "the Detections templates cover some SecRL gaps");
        Assert.Contains("How to close it", seen.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_alert_names_are_shown_as_text_and_inject_nothing()
    {
        using var dir = new TempDirectory();
        string[] hostile = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "]]>", "{{7*7}}", "a|b", "=cmd|' /C calc'!A0"];
        var rows = hostile.Select((name, i) => $"id{i},2025-03-2{i}T00:00:00Z,\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"[\"\"T1052\"\"]\"");
        File.WriteAllLines(dir.File("alerts.csv"), ["SystemAlertId,TimeGenerated,AlertName,ProductName,Techniques", .. rows]);
        Assert.Equal(0, (await CliRun.Of("coverage", "--alerts", dir.File("alerts.csv"), "--out", dir.File("out"), "--quiet")).ExitCode);

        var seen = await ReportBrowser.RenderAsync(Path.Combine(dir.File("out"), "report.html"), "hostile.png");

        Assert.Empty(seen.Complaints);
        Assert.Equal((0, 0), (seen.Scripts, seen.InjectedElements));
        Assert.Equal((1, 72), (seen.CoveredTechniques, seen.UncoveredTechniques));
        foreach (var name in hostile)
        {
            Assert.Contains(name, seen.VisibleText, StringComparison.Ordinal);
        }
    }
}
