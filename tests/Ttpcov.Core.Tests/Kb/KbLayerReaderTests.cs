using System.Text;
using Ttpcov.Core.Kb;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Kb;

public class KbLayerReaderTests
{
    private static KbReadResult Read(string json) => KbLayerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test-layer.json");

    private static KbReadResult ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return KbLayerReader.Read(stream, Path.GetFileName(path));
    }

    [Fact]
    public void The_published_green_layer_gives_the_same_73_ids_as_the_embedded_kb()
    {
        var result = ReadFile(SharedData.Require("reference/kb/ctid/green_seen_v1_v2.json"));

        Assert.Equal(EmbeddedKnowledgeBase.InsiderThreatV2.Techniques.Select(t => t.Id), result.KnowledgeBase.Techniques.Select(t => t.Id));
        Assert.Equal(83, result.KnowledgeBase.Techniques.Sum(t => t.Tactics.Count));
        Assert.Equal(EmbeddedKnowledgeBase.InsiderThreatV2.Sha256, result.KnowledgeBase.Sha256);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void The_green_layer_has_no_tiers_because_only_some_entries_are_scored() =>
        Assert.All(ReadFile(SharedData.Require("reference/kb/ctid/green_seen_v1_v2.json")).KnowledgeBase.Techniques, t => Assert.Null(t.Tier));

    [Fact]
    public void The_published_heatmap_gives_tiers_equal_to_the_embedded_ones()
    {
        var tiers = ReadFile(SharedData.Require("reference/kb/ctid/heatmap_InT_2.09.json")).KnowledgeBase.Techniques.ToDictionary(t => t.Id, t => t.Tier);

        Assert.Equal(71, tiers.Count);
        Assert.All(EmbeddedKnowledgeBase.InsiderThreatV2.Techniques.Where(t => t.Tier is not null), t => Assert.Equal(t.Tier, tiers[t.Id]));
    }

    [Fact]
    public void Every_sample_layer_reads_and_reports_its_malformed_ids()
    {
        var files = Directory.GetFiles(SharedData.Sample("layers"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(11, files.Count);

        var results = files.ToDictionary(f => Path.GetFileName(f), ReadFile);

        Assert.All(results.Values, r => Assert.NotEmpty(r.KnowledgeBase.Techniques));
        Assert.Equal(["", "T114", "N.A."], results["AWS.json"].Problems.Select(p => p.Value));
        Assert.Equal(17, results["AWS.json"].KnowledgeBase.Techniques.Count);
        Assert.Equal(168, results["AzureSentinel.json"].KnowledgeBase.Techniques.Count);
        Assert.Empty(results["AzureSentinel.json"].Problems);
        Assert.All(results["AzureSentinel.json"].KnowledgeBase.Techniques, t => Assert.Null(t.Tier));
    }

    [Fact]
    public void Without_enabled_flags_every_listed_technique_counts_and_integer_scores_1_to_3_are_tiers()
    {
        var result = Read("""{"name":"x","domain":"mitre-enterprise","versions":{"attack":"10"},"techniques":[{"techniqueID":"T1078","score":3,"tactic":"initial-access"},{"techniqueID":"T1078","score":2,"tactic":"persistence"},{"techniqueID":"T1052.001","score":1}]}""");

        Assert.Equal(["T1052.001", "T1078"], result.KnowledgeBase.Techniques.Select(t => t.Id.ToString()));
        Assert.Equal([1, 3], result.KnowledgeBase.Techniques.Select(t => t.Tier));
        Assert.Equal(["initial-access", "persistence"], result.KnowledgeBase.Techniques[1].Tactics);
        Assert.Equal("10", result.KnowledgeBase.AttackVersion);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void With_enabled_flags_only_enabled_entries_count()
    {
        var result = Read("""{"name":"x","techniques":[{"techniqueID":"T1078","enabled":true},{"techniqueID":"T1052"},{"techniqueID":"T1005","enabled":false}]}""");

        Assert.Equal(["T1078"], result.KnowledgeBase.Techniques.Select(t => t.Id.ToString()));
    }

    [Fact]
    public void Scores_outside_1_to_3_mean_no_tiers_and_string_scores_are_reported()
    {
        var result = Read("""[{"name":"a","techniques":[{"techniqueID":"T1078","score":50}]},{"name":"b","techniques":[{"techniqueID":"T1005","score":"2"}]}]""");

        Assert.All(result.KnowledgeBase.Techniques, t => Assert.Null(t.Tier));
        Assert.Equal("layer 2, techniques[0].score", Assert.Single(result.Problems).Position);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("{\"name\":\"x\",\"techniques\":[{\"techniqueID\":\"T1078\"}", "not valid JSON")]
    [InlineData("{\"name\":\"x\",\"techniques\":[{\"techniqueID\":\"T114\"}]}", "no usable technique entries (1 skipped)")]
    [InlineData("[]", "at least one layer")]
    [InlineData("42", "neither a Navigator layer")]
    public void Unusable_input_is_refused_naming_the_source(string json, string expected)
    {
        var error = Assert.Throws<InputFormatException>(() => Read(json));

        Assert.StartsWith("test-layer.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
