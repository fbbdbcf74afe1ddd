using System.Text;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Layers;
using Ttpcov.Core.Reports;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

public class CoverageDiffTests
{
    internal static CoverageSummary Summary(CoverageResult result)
    {
        using var stream = new MemoryStream();
        new SummaryJsonWriter().Write(result, stream);
        stream.Position = 0;
        return new SummaryJsonReader().Read(stream);
    }

    private static CoverageResultBuilder Before() => new CoverageResultBuilder()
        .Covered("T1078", "Valid Accounts", 3, Some.Evidence(10))
        .Covered("T1052", "Exfiltration Over Physical Medium", 3, Some.Evidence(4))
        .Covered("T1005", "Data from Local System", 1, Some.Evidence(2))
        .Uncovered("T1213", "Data from Information Repositories", 3);

    private static CoverageResultBuilder After() => new CoverageResultBuilder { Run = Some.Run() with { GeneratedAt = Some.AsOf.AddDays(7) } }
        .Covered("T1078", "Valid Accounts", 3, Some.Evidence(25))
        .Uncovered("T1052", "Exfiltration Over Physical Medium", 3)
        .Covered("T1005", "Data from Local System", 1, Some.Evidence(2))
        .Covered("T1213", "Data from Information Repositories", 3, Some.Evidence(1));

    [Fact]
    public void Lists_newly_covered_newly_lost_and_count_changes_with_counts_before_and_after()
    {
        var diff = CoverageDiff.Between(Summary(Before().Build()), Summary(After().Build()));

        Assert.Equal([new CountChange(Id("T1213"), "Data from Information Repositories", 0, 1)], diff.Gained);
        Assert.Equal([new CountChange(Id("T1052"), "Exfiltration Over Physical Medium", 4, 0)], diff.Lost);
        Assert.Equal([new CountChange(Id("T1078"), "Valid Accounts", 10, 25)], diff.Changed);
        Assert.True(diff.AnyLost);
        Assert.Empty(diff.Warnings);
    }

    [Fact]
    public void The_same_run_twice_changes_nothing()
    {
        var summary = Summary(Before().Build());

        var diff = CoverageDiff.Between(summary, summary);

        Assert.Empty(diff.Gained.Concat(diff.Lost).Concat(diff.Changed));
        Assert.False(diff.AnyLost);
    }

    [Fact]
    public void Another_kb_or_attack_version_is_warned_about_and_techniques_that_left_the_kb_are_not_lost()
    {
        var after = new CoverageResultBuilder { Run = Some.Run() with { KbVersion = "v3", AttackVersion = "19.0", GeneratedAt = Some.AsOf.AddDays(-1) } }
            .Covered("T1078", "Valid Accounts", 3, Some.Evidence(10))
            .Covered("T1005", "Data from Local System", 1, Some.Evidence(2))
            .Uncovered("T1213", "Data from Information Repositories", 3)
            .Build();

        var diff = CoverageDiff.Between(Summary(Before().Build()), Summary(after));

        Assert.Empty(diff.Lost);
        Assert.Equal([Id("T1052")], diff.LeftKb);
        Assert.Equal(4, diff.Warnings.Count);
        Assert.Contains(diff.Warnings, w => w.StartsWith("the KB differs: Insider Threat TTP KB v2 before, Insider Threat TTP KB v3 now", StringComparison.Ordinal));
        Assert.Contains(diff.Warnings, w => w.StartsWith("the target ATT&CK version differs: 18.1 before, 19.0 now", StringComparison.Ordinal));
        Assert.Contains(diff.Warnings, w => w.StartsWith("1 technique(s) left the KB", StringComparison.Ordinal));
        Assert.Contains(diff.Warnings, w => w.Contains("are the arguments swapped?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_kb_file_of_the_same_version_is_warned_about()
    {
        var after = After();
        after.Run = after.Run with { KbSha256 = "0000000000000000000000000000000000000000000000000000000000000000" };

        var diff = CoverageDiff.Between(Summary(Before().Build()), Summary(after.Build()));

        Assert.Equal(["the KB file differs (sha256 3f6a0c2b9d81 before, 000000000000 now)"], diff.Warnings);
    }

    [Fact]
    public void The_delta_layer_colours_gains_and_losses_scores_changes_and_validates_as_navigator_4_5()
    {
        var diff = CoverageDiff.Between(Summary(Before().Build()), Summary(After().Build()));

        var layer = new DeltaLayerBuilder().Build(diff);

        var byId = layer.Techniques.ToDictionary(t => t.Id.ToString());
        Assert.Equal(["T1052", "T1078", "T1213"], byId.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((DeltaLayerBuilder.Lost, -4L), (byId["T1052"].Color, byId["T1052"].Score));
        Assert.Equal((DeltaLayerBuilder.Gained, 1L), (byId["T1213"].Color, byId["T1213"].Score));
        Assert.Equal((null, 15L), (byId["T1078"].Color, byId["T1078"].Score));
        Assert.Equal((-15L, 15L), (layer.Gradient.MinValue, layer.Gradient.MaxValue));
        using var stream = new MemoryStream();
        new NavigatorLayerWriter().Write(layer, stream);
        stream.Position = 0;
        var problems = new NavigatorLayerValidator().Validate(stream, new HashSet<string> { "T1052", "T1078", "T1213" });
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_text_shows_the_headline_change_and_each_technique_on_its_own_line()
    {
        var diff = CoverageDiff.Between(Summary(Before().Build()), Summary(After().Build()));
        using var writer = new StringWriter();

        new CoverageDiffWriter().Write(diff, writer);

        var text = writer.ToString();
        Assert.StartsWith("Coverage 75.0 % -> 75.0 % (0.0), weighted 70.0 % -> 70.0 %\n", text, StringComparison.Ordinal);
        Assert.Contains("Newly lost (1):\n  T1052      4 -> 0 (-4)              Exfiltration Over Physical Medium\n", text, StringComparison.Ordinal);
        Assert.Contains("Alert count changes (1):\n  T1078      10 -> 25 (+15)           Valid Accounts\n", text, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(text) == text.Length, "ASCII only");
    }

    private static Core.Attack.TechniqueId Id(string id) => Core.Attack.TechniqueId.Parse(id);
}
