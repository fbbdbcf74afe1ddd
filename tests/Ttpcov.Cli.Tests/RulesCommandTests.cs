using System.Text.Json;
using Ttpcov.Core.Layers;
using Ttpcov.Emulator;
using Ttpcov.TestSupport;

namespace Ttpcov.Cli.Tests;

public class RulesCommandTests
{
    private const string Token = "cli-arm-token-5b1e";

    [Fact]
    public async Task Coverage_with_rules_writes_the_rule_layers_and_gaps_and_every_layer_holds_exactly_its_techniques()
    {
        using var dir = new TempDirectory();
        var rules = SharedData.Sample("rules/Azure__Azure-Sentinel/Detections");

        var run = await CliRun.Of("coverage", "--sample", "--rules", rules, "--out", dir.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Ladder:", run.Stdout);
        using var summary = JsonDocument.Parse(File.ReadAllText(dir.File("summary.json")));
        var all = summary.RootElement.GetProperty("coveredIds").EnumerateArray().Concat(summary.RootElement.GetProperty("uncoveredIds").EnumerateArray())
            .Select(e => e.GetString()!).ToHashSet();
        AssertLayer(dir.File("insider-ladder.json"), all);
        AssertLayer(dir.File("insider-rules.json"), new HashSet<string>());
        var gaps = CsvRecords.Parse(File.ReadAllText(dir.File("gaps.csv")));
        var uncovered = summary.RootElement.GetProperty("uncoveredIds").EnumerateArray().Select(e => e.GetString()!).Order().ToList();
        Assert.Equal(uncovered, gaps.Skip(1).Select(r => r[0]).Order().ToList());
        Assert.Contains(gaps, r => r[0] == "T1078.004" && r[3] == "template available" && r[5].Contains("Account Created and Deleted in Short Timeframe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rules_as_enabled_turns_templates_into_enabled_rules_for_the_rules_layer()
    {
        using var dir = new TempDirectory();
        var rules = SharedData.Sample("rules/Azure__Azure-Sentinel/Detections");

        var run = await CliRun.Of("coverage", "--sample", "--rules", rules, "--rules-as", "Enabled", "--out", dir.Path, "--quiet");

        Assert.Equal(0, run.ExitCode);
        using var layer = JsonDocument.Parse(File.ReadAllText(dir.File("insider-rules.json")));
        var ids = layer.RootElement.GetProperty("techniques").EnumerateArray().Select(t => t.GetProperty("techniqueID").GetString()!).ToHashSet();
        Assert.Contains("T1052", ids);
        AssertLayer(dir.File("insider-rules.json"), ids);
    }

    [Fact]
    public async Task Without_rules_no_rule_outputs_are_written()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--sample", "--out", dir.Path, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(dir.File("gaps.csv")));
        Assert.False(File.Exists(dir.File("insider-ladder.json")));
    }

    [Fact]
    public async Task The_rules_command_prints_counts_per_kind_and_the_problems_per_file()
    {
        var rules = SharedData.Sample("rules/Azure__Azure-Sentinel/Detections");

        var run = await CliRun.Of("rules", "--rules", rules);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Read 426 rules from 1 source(s): 0 enabled, 0 disabled, 426 templates", run.Stdout);
        Assert.Contains("Problems (8 in 8 file(s)):", run.Stdout);
        Assert.Contains("Detections/SecurityAlert/AVTarrask.yaml", run.Stdout);
    }

    [Fact]
    public async Task A_missing_rules_path_is_a_one_line_error()
    {
        var run = await CliRun.Of("rules", "--rules", "/nonexistent/rules-folder");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("rules-folder: no such file or folder", run.Stderr);
    }

    [Fact]
    public async Task Live_rules_come_from_the_emulated_arm_api()
    {
        Environment.SetEnvironmentVariable("TTPCOV_ACCESS_TOKEN", Token);
        await using var emulator = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = Token }, TestContext.Current.CancellationToken);
        emulator.Arm.AddRules("sub", "rg", "ws",
        [
            """{"name":"r1","type":"Microsoft.SecurityInsights/alertRules","kind":"NRT","properties":{"displayName":"Exfil","enabled":true,"techniques":["T1567"],"subTechniques":["T1567.002"]}}""",
        ]);
        emulator.Arm.AddTemplates("sub", "rg", "ws", []);

        var run = await CliRun.Of("rules", "--subscription", "sub", "--resource-group", "rg", "--workspace-name", "ws",
            "--auth", "token-env", "--arm-endpoint", emulator.Endpoint.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Read 1 rules from 1 source(s): 1 enabled", run.Stdout);
        Assert.Contains("NRT", run.Stdout);
        Assert.All(emulator.Requests, r => Assert.True(r.AuthorizationMatched));
    }

    private static void AssertLayer(string path, IReadOnlySet<string> expectedIds)
    {
        using var stream = File.OpenRead(path);
        var problems = new NavigatorLayerValidator().Validate(stream, expectedIds);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
