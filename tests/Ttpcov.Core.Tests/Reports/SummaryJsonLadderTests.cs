using System.Text;
using System.Text.Json;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;
using Ttpcov.Core.Rules;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class SummaryJsonLadderTests
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

        GoldenFile.Verify("Ttpcov.Core.Tests", "summary-rules.json", Write(LadderSamples.Spread()));
    }

    [Fact]
    public void The_rules_object_counts_what_was_read_the_rungs_and_per_technique_rules_without_their_names()
    {
        var json = Write(LadderSamples.Spread());
        using var doc = JsonDocument.Parse(json);
        var rules = doc.RootElement.GetProperty("rules");

        Assert.Equal((20, 3, 2, 14, 1, 1), (rules.GetProperty("read").GetInt32(), rules.GetProperty("enabled").GetInt32(), rules.GetProperty("disabled").GetInt32(),
            rules.GetProperty("templates").GetInt32(), rules.GetProperty("incidentCreationExcluded").GetInt32(), rules.GetProperty("problems").GetInt32()));
        Assert.Equal([("alerted", 3), ("enabledSilent", 1), ("templateAvailable", 2), ("noDetection", 2)],
            rules.GetProperty("rungs").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        var t1005 = rules.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "T1005");
        Assert.Equal(("templateAvailable", 0, 12), (t1005.GetProperty("rung").GetString(), t1005.GetProperty("enabledRules").GetInt32(), t1005.GetProperty("templates").GetInt32()));
        Assert.DoesNotContain("Local collection", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"rules\"", Write(ReportSamples.Spread()), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_rungs_back_and_reads_a_summary_without_rules_as_before()
    {
        var withRules = Read(Write(LadderSamples.Spread()));
        var without = Read(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Ttpcov.Core.Tests", "Golden", "summary.json")));

        Assert.Equal(8, withRules.Rungs!.Count);
        Assert.Equal(EvidenceRung.EnabledSilent, withRules.Rungs[TechniqueId.Parse("T1052")]);
        Assert.Equal(EvidenceRung.Alerted, withRules.Rungs[TechniqueId.Parse("T1078")]);
        Assert.Null(without.Rungs);
        Assert.Equal(withRules.CoveredIds, without.CoveredIds);
    }

    [Fact]
    public void Refuses_a_rules_object_with_an_unknown_rung()
    {
        var json = Write(LadderSamples.Spread()).Replace("\"rung\": \"enabledSilent\"", "\"rung\": \"maybe\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Read(json));

        Assert.Contains("$.rules.techniques[", error.Message, StringComparison.Ordinal);
        Assert.Contains("'maybe' is not a rung", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_lists_rung_changes_when_both_runs_had_rules_and_says_nothing_of_rungs_otherwise()
    {
        var before = LadderSamples.Spread();
        var after = before with { Rules = before.Rules! with { Techniques = [.. before.Rules.Techniques.Select(t => t.Id.ToString() == "T1213" ? t with { Rung = EvidenceRung.EnabledSilent } : t)] } };

        var diff = CoverageDiff.Between(CoverageDiffTests.Summary(before), CoverageDiffTests.Summary(after));
        using var text = new StringWriter();
        new CoverageDiffWriter().Write(diff, text);
        using var plain = new StringWriter();
        new CoverageDiffWriter().Write(CoverageDiff.Between(CoverageDiffTests.Summary(before), CoverageDiffTests.Summary(ReportSamples.Spread())), plain);

        var change = Assert.Single(diff.RungChanges);
        Assert.Equal((EvidenceRung.TemplateAvailable, EvidenceRung.EnabledSilent, true), (change.Before, change.After, change.Improved));
        Assert.Contains("Rung changes (1):\n  T1213      template available -> rule enabled, silent (up)  Data from Information Repositories\n", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rung", plain.ToString(), StringComparison.Ordinal);
    }
}
