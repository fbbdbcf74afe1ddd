using System.Text;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class SummaryJsonTests
{
    private static string Write(CoverageResult result)
    {
        using var stream = new MemoryStream();
        new SummaryJsonWriter().Write(result, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static CoverageSummary Read(string json) => new SummaryJsonReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "summary.json", Write(Some.CoverageResult()));
    }

    [Fact]
    public void Reads_back_what_diff_needs()
    {
        var summary = Read(Write(Some.CoverageResult()));

        Assert.Equal(("Insider Threat TTP KB", "v2", "14.1", "18.1"), (summary.KbName, summary.KbVersion, summary.KbAttackVersion, summary.AttackVersion));
        Assert.Equal(Some.AsOf, summary.GeneratedAt);
        Assert.Equal(["T1078", "T1078.004", "T1567"], summary.CoveredIds.Select(i => i.ToString()));
        Assert.Equal(["T1005", "T1052", "T1213", "T1567.002", "T1574.001"], summary.UncoveredIds.Select(i => i.ToString()));
        Assert.Equal(1234, summary.AlertCounts[TechniqueId.Parse("T1078")]);
        Assert.Equal(0, summary.AlertCounts[TechniqueId.Parse("T1052")]);
        Assert.Equal(37.5, summary.Percent);
        Assert.Equal(41.2, summary.WeightedPercent);
    }

    [Fact]
    public void Percentages_are_rounded_to_one_decimal_in_the_file()
    {
        var result = new CoverageResultBuilder()
            .Covered("T1078", "Valid Accounts", null, Some.Evidence(1))
            .Uncovered("T1052", "Exfiltration Over Physical Medium", null)
            .Uncovered("T1005", "Data from Local System", null)
            .Build();

        var json = Write(result);

        Assert.Contains("\"percent\": 33.3,", json, StringComparison.Ordinal);
        Assert.Equal(33.3, Read(json).Percent);
    }

    [Theory]
    [InlineData("{\"format\": \"something-else\"}", "$.format")]
    [InlineData("{\"format\": \"ttpcov-summary\", \"formatVersion\": 99}", "$.formatVersion")]
    [InlineData("{\"format\": \"ttpcov-summary\", \"formatVersion\": 1}", "$.kb")]
    [InlineData("[1, 2", "not valid JSON")]
    public void Refuses_a_file_that_is_not_a_summary_it_understands(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_summary_with_a_malformed_technique_id()
    {
        var json = Write(Some.CoverageResult()).Replace("\"T1078.004\",", "\"T1078.4\",", StringComparison.Ordinal);

        Assert.Contains("$.coveredIds[1]", Assert.Throws<InvalidDataException>(() => Read(json)).Message, StringComparison.Ordinal);
    }
}
