using System.Text;
using Ttpcov.Core.Kb;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Kb;

public class KbCsvReaderTests
{
    private static KbReadResult Read(string csv) => KbCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "kb.csv");

    [Fact]
    public void The_reference_kb_csv_reads_as_the_73_embedded_ids_with_their_tiers()
    {
        using var stream = File.OpenRead(SharedData.Require("reference/kb/insider-threat-kb-v2.csv"));

        var result = KbCsvReader.Read(stream, "insider-threat-kb-v2.csv");

        var embedded = EmbeddedKnowledgeBase.InsiderThreatV2.Techniques;
        Assert.Equal(embedded.Select(t => (t.Id, t.Tier, t.Name)), result.KnowledgeBase.Techniques.Select(t => (t.Id, t.Tier, t.Name)));
        Assert.Equal(embedded.Select(t => t.Tactics), result.KnowledgeBase.Techniques.Select(t => t.Tactics));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void The_ctid_v2_table_finds_its_technique_id_column_by_header_and_merges_tactic_rows()
    {
        using var stream = File.OpenRead(SharedData.Require("reference/kb/ctid/insider-threat-ttp-kb.csv"));

        var result = KbCsvReader.Read(stream, "insider-threat-ttp-kb.csv");

        Assert.Equal(70, result.KnowledgeBase.Techniques.Count);
        Assert.Equal(74, result.KnowledgeBase.Techniques.Sum(t => t.Tactics.Count));
    }

    [Fact]
    public void Without_a_known_header_the_first_column_of_ids_is_used_and_quoted_fields_are_read()
    {
        var result = Read("note,code,tactics\n\"a, b\",T1078,\"initial-access;persistence\"\r\n\"multi\nline\",T1005,collection\n");

        Assert.Equal(["T1005", "T1078"], result.KnowledgeBase.Techniques.Select(t => t.Id.ToString()));
        Assert.Equal(["initial-access", "persistence"], result.KnowledgeBase.Techniques[1].Tactics);
        Assert.All(result.KnowledgeBase.Techniques, t => Assert.Null(t.Tier));
    }

    [Fact]
    public void Malformed_rows_are_reported_with_their_line_numbers()
    {
        var result = Read("ID,Tier\nT1078,3\n,1\nT114,2\nT1005,high\n");

        Assert.Equal(["line 3: '' is not a technique ID; row skipped", "line 4: 'T114' is not a technique ID; row skipped", "line 5: 'high' is not a tier (1, 2 or 3); tier ignored"],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal([null, 3], result.KnowledgeBase.Techniques.Select(t => t.Tier));
    }

    [Theory]
    [InlineData("", "header row")]
    [InlineData("a,b\nx,y\n", "no column of technique IDs")]
    [InlineData("ID\n\"T1078\n", "never closed")]
    [InlineData("ID\nN.A.\n", "no usable technique rows (1 skipped)")]
    public void Unusable_csv_is_refused_naming_the_source(string csv, string expected)
    {
        var error = Assert.Throws<InputFormatException>(() => Read(csv));

        Assert.StartsWith("kb.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
