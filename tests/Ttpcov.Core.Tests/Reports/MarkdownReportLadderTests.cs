using System.Text.RegularExpressions;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public partial class MarkdownReportLadderTests
{
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "report-rules.md", ReportSamples.Markdown(LadderSamples.Spread()));
    }

    [Fact]
    public void Carries_the_ladder_counts_the_rules_read_and_each_gap_s_rung_and_steps()
    {
        var lines = ReportSamples.Markdown(LadderSamples.Spread()).Split('\n');

        Assert.Contains("Evidence ladder (analytic rules): 3 alerted; 1 rule enabled, silent; 2 template available; 2 no detection.", lines);
        Assert.Contains(lines, l => l.StartsWith("| Rules | 20 read: 3 enabled, 2 disabled, 14 templates", StringComparison.Ordinal));
        Assert.Contains("| ID | Technique | Tactics | KB tier | Parent only | Rung | How to close it |", lines);
        var repo = Assert.Single(lines, l => l.StartsWith("| `T1213` |", StringComparison.Ordinal));
        Assert.EndsWith(
            "| template available | template: Mass download from repository (tpl-massdl); needs AzureActiveDirectory (AuditLogs, SigninLogs), Office365 (OfficeActivity)"
            + "<br>template: SharePoint file access anomaly (tpl-sharepoint); needs Office365 (OfficeActivity)<br>switch on: Old repository rule (rule-old-repo) |",
            repo,
            StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("| `T1052` |", StringComparison.Ordinal) && l.EndsWith("| rule enabled, silent | enabled, silent: USB mass copy (rule-usb) |", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_rule_template_and_connector_names_can_neither_break_a_gap_row_nor_open_markup()
    {
        var lines = ReportSamples.Markdown(HostileReportInput.WithRules()).Split('\n');

        var gaps = lines.SkipWhile(l => !l.StartsWith("## Not covered", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(4, gaps.Count);
        Assert.All(gaps, l => Assert.Equal(8, UnescapedPipe().Count(l)));
        Assert.All(gaps, l => Assert.DoesNotMatch(@"(?<!\\)<(?!br>)", l));
        Assert.All(gaps, l => Assert.DoesNotMatch(@"(?<!\\)[\[`*_{]", l.Replace("`T", "T", StringComparison.Ordinal).Replace("` |", " |", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains('\u2028', StringComparison.Ordinal) || l.Contains('\u0001', StringComparison.Ordinal));
        var closing = string.Join("\n", gaps);
        Assert.Contains(@"template: \<script\>alert(1)\</script\>", closing, StringComparison.Ordinal);
        Assert.Contains(@"template: line one line two", closing, StringComparison.Ordinal);
        Assert.Contains(@"switch on: =cmd\|' /C calc'!A0", closing, StringComparison.Ordinal);
        Assert.Contains(@"needs \[link\](javascript:alert(1)) (\{\{7\*7\}\})", closing, StringComparison.Ordinal);
    }
}
