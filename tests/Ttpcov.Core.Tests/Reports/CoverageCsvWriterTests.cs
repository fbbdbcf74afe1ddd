using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class CoverageCsvWriterTests
{
    private static string Write(CoverageResult result)
    {
        using var writer = new StringWriter();
        new CoverageCsvWriter().Write(result, writer);
        return writer.ToString();
    }

    private static Dictionary<string, IReadOnlyList<string>> RowsById(string csv) =>
        CsvRecords.Parse(csv).Skip(1).ToDictionary(r => r[0]);

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_its_golden_file_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        GoldenFile.Verify("Ttpcov.Core.Tests", "coverage.csv", Write(Some.CoverageResult()));
    }

    [Fact]
    public void Has_a_header_and_one_row_of_fifteen_cells_per_kb_technique_in_id_order()
    {
        var records = CsvRecords.Parse(Write(Some.CoverageResult()));

        Assert.Equal(CoverageCsvWriter.Columns, records[0]);
        Assert.Equal(["T1005", "T1052", "T1078", "T1078.004", "T1213", "T1567", "T1567.002", "T1574.001"], records.Skip(1).Select(r => r[0]));
        Assert.All(records, r => Assert.Equal(15, r.Count));
    }

    [Fact]
    public void Hostile_cells_are_neutralised_and_ids_and_numbers_left_alone()
    {
        var hostile = new CoverageResultBuilder()
            .Covered("T1567", "Exfiltration Over Web Service", 2, Some.Evidence(11, [new("=cmd|' /C calc'!A0", 1)], [new("\tTabbed", 1)]))
            .Covered("T1078", "Valid Accounts", 1, Some.Evidence(5, [new("+1", 1)], [new("-2", 1)]))
            .Covered("T1052", "Exfiltration Over Physical Medium", 3, Some.Evidence(7, [new("@SUM(1)", 1)], [new("\rCR", 1)]))
            .Covered("T1213", "Data from Information Repositories", null, Some.Evidence(3, [new("line one\nline \"two\"\u2028", 1)], [new("<script>alert(1)</script>", 1)]))
            .Build();

        var rows = RowsById(Write(hostile));

        Assert.Equal("'=cmd|' /C calc'!A0", rows["T1567"][9]);
        Assert.Equal("'\tTabbed", rows["T1567"][11]);
        Assert.Equal("'+1", rows["T1078"][9]);
        Assert.Equal("'-2", rows["T1078"][11]);
        Assert.Equal("'@SUM(1)", rows["T1052"][9]);
        Assert.Equal("'\rCR", rows["T1052"][11]);
        Assert.Equal("line one\nline \"two\"\u2028", rows["T1213"][9]);
        Assert.Equal("<script>alert(1)</script>", rows["T1213"][11]);
        Assert.Equal(["T1567", "2", "covered", "false", "11", "2025-06-10T15:30:00Z", "2025-06-29T12:07:00Z"], rows["T1567"].Where((_, i) => i is 0 or 3 or 4 or 5 or 6 or 7 or 8));
        Assert.Equal("", rows["T1213"][3]);
        Assert.Equal("T1213", rows["T1213"][14]);
    }

    [Fact]
    public void An_uncovered_technique_has_empty_evidence_and_its_parent_only_flag()
    {
        var rows = RowsById(Write(Some.CoverageResult()));

        Assert.Equal(["T1567.002", "uncovered", "true", "0", "", ""], rows["T1567.002"].Where((_, i) => i is 0 or 4 or 5 or 6 or 7 or 8));
        Assert.Equal("T1574.002", rows["T1574.001"][14]);
    }
}
