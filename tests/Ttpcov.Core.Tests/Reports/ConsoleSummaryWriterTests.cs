using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class ConsoleSummaryWriterTests
{
    private static string Write(CoverageResult result)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new ConsoleSummaryWriter().Write(result, writer);
        return writer.ToString();
    }

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "console.txt", Write(Some.CoverageResult()));
    }

    [Fact]
    public void Lists_gaps_most_frequent_tier_first_and_marks_parent_only_ones()
    {
        var lines = Write(Some.CoverageResult()).Split('\n');

        var gaps = lines.SkipWhile(l => !l.StartsWith("Not covered", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(["T1052", "T1213", "T1005", "T1567.002", "T1574.001"], gaps.Select(l => l.Trim().Split(' ')[0]));
        Assert.Contains("[parent only: 11 alerts carry T1567]", gaps[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_at_most_fifteen_covered_techniques_busiest_first()
    {
        var builder = new CoverageResultBuilder();
        for (var i = 1; i <= 20; i++)
        {
            builder.Covered($"T{1000 + i}", $"Technique {i}", null, Some.Evidence(i));
        }

        var output = Write(builder.Build());

        Assert.Contains("Covered (20), by alert count, top 15:", output, StringComparison.Ordinal);
        Assert.Contains("T1020      20", output, StringComparison.Ordinal);
        Assert.Contains("T1006      6", output, StringComparison.Ordinal);
        Assert.DoesNotContain("T1005 ", output, StringComparison.Ordinal);
        Assert.Contains("Not covered (0), most frequent KB tier first:\n  (none)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_only_printable_ascii()
    {
        var result = new CoverageResultBuilder()
            .Uncovered("T1052", "Exfiltration\u2028über <USB>\t", 3)
            .Build();

        var output = Write(result);

        Assert.All(output.Replace("\n", "", StringComparison.Ordinal), c => Assert.InRange(c, ' ', '~'));
        Assert.Contains("Exfiltration??ber <USB>?", output, StringComparison.Ordinal);
    }
}
