using System.Text.RegularExpressions;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public partial class MarkdownReportWriterTests
{
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "report.md", ReportSamples.Markdown(ReportSamples.Spread()));
    }

    [Fact]
    public void Carries_the_headline_the_run_the_matrix_and_a_row_per_kb_technique()
    {
        var md = ReportSamples.Markdown(ReportSamples.Spread());

        Assert.Contains("**37.5 %** of KB techniques covered (3 of 8); **41.2 %** weighted by KB frequency tier.", md, StringComparison.Ordinal);
        Assert.Contains("](matrix.svg)", md, StringComparison.Ordinal);
        Assert.Contains("| KB sha256 | " + Some.Run().KbSha256 + " |", md, StringComparison.Ordinal);
        Assert.Contains("| Initial Access | 2 | 2 | 100.0 |", md, StringComparison.Ordinal);
        foreach (var id in new[] { "T1005", "T1052", "T1078", "T1078.004", "T1213", "T1567", "T1567.002", "T1574.001" })
        {
            Assert.Single(md.Split('\n'), l => l.StartsWith($"| `{id}` |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Hostile_text_can_neither_break_a_table_row_nor_open_markup()
    {
        var lines = ReportSamples.Markdown(HostileReportInput.Result()).Split('\n');

        var covered = lines.SkipWhile(l => !l.StartsWith("## Covered", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(4, covered.Count);
        Assert.All(covered, l => Assert.Equal(11, UnescapedPipe().Count(l)));
        var gaps = lines.SkipWhile(l => !l.StartsWith("## Not covered", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(4, gaps.Count);
        Assert.All(gaps, l => Assert.Equal(7, UnescapedPipe().Count(l)));
        var tableLines = lines.Where(l => l.StartsWith('|')).ToList();
        Assert.All(tableLines, l => Assert.DoesNotMatch(@"(?<!\\)<(?!br>)", l));
        Assert.All(tableLines, l => Assert.DoesNotMatch(@"(?<!\\)[\[`*_{]", l.Replace("`T", "T", StringComparison.Ordinal).Replace("` |", " |", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.Contains('\u2028', StringComparison.Ordinal) || l.Contains('\u0001', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"\<script\>alert(1)\</script\>", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"\&amp;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"\{\{7\*7\}\}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(@"line one line two", StringComparison.Ordinal));
    }
}
