using System.Text.Json;
using Ttpcov.TestSupport;

namespace Ttpcov.Cli.Tests;

public class ReferenceOptionTests
{
    private static JsonElement Summary(string dir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json"))).RootElement;

    [Fact]
    public async Task The_published_kb_layer_given_with_kb_measures_the_same_73_techniques()
    {
        var layer = SharedData.Require("reference/kb/ctid/green_seen_v1_v2.json");
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--sample", "--kb", layer, "--out", dir.Path, "--quiet");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(73, Summary(dir.Path).GetProperty("coverage").GetProperty("kbTechniques").GetInt32());
    }

    [Fact]
    public async Task A_csv_kb_with_a_technique_column_is_a_reference_set_and_its_bad_rows_are_warnings()
    {
        using var dir = new TempDirectory();
        var csv = dir.File("mine.csv");
        File.WriteAllText(csv, "Technique ID,Note\nT1052,usb\nT1078.004,cloud\nT114,broken\n");

        var run = await CliRun.Of("coverage", "--sample", "--kb", csv, "--out", dir.File("out"), "--quiet");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("T114", run.Stderr, StringComparison.Ordinal);
        var summary = Summary(dir.File("out"));
        Assert.Equal(2, summary.GetProperty("coverage").GetProperty("kbTechniques").GetInt32());
        Assert.Equal(["T1052"], summary.GetProperty("coveredIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_stix_bundle_given_with_attack_becomes_the_target_version_of_the_layers()
    {
        using var dir = new TempDirectory();
        var bundle = dir.File("enterprise-attack.json");
        File.WriteAllText(bundle, SyntheticBundle.Build(v18Detection: true, collectionVersion: "15.1").ToJsonString());

        var run = await CliRun.Of("coverage", "--sample", "--attack", bundle, "--out", dir.File("out"), "--quiet");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var layer = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "insider-covered.json")));
        Assert.Equal("15", layer.RootElement.GetProperty("versions").GetProperty("attack").GetString());
        var summary = Summary(dir.File("out"));
        Assert.Equal(3, summary.GetProperty("coverage").GetProperty("kbTechniques").GetInt32());
        Assert.Equal(70, summary.GetProperty("kbUnmapped").GetArrayLength());
    }

    [Fact]
    public async Task A_bundle_that_does_not_name_its_release_needs_attack_version()
    {
        using var dir = new TempDirectory();
        var bundle = dir.File("enterprise-attack.json");
        File.WriteAllText(bundle, SyntheticBundle.Build(v18Detection: false, collectionVersion: null).ToJsonString());

        var refused = await CliRun.Of("coverage", "--sample", "--attack", bundle, "--out", dir.File("a"));
        var named = await CliRun.Of("coverage", "--sample", "--attack", bundle, "--attack-version", "16.1", "--out", dir.File("b"), "--quiet");

        Assert.Equal(ExitCodes.Error, refused.ExitCode);
        Assert.Contains("enterprise-attack.json", refused.Stderr, StringComparison.Ordinal);
        Assert.True(named.ExitCode == 0, named.Stderr);
    }
}
