using System.Text.Json;
using Ttpcov.Core.Layers;
using Ttpcov.TestSupport;

namespace Ttpcov.Cli.Tests;

public class CoverageCommandTests
{
    private static readonly string[] Outputs = ["insider-covered.json", "insider-uncovered.json", "insider-coverage.json", "coverage.csv", "summary.json"];

    [Fact]
    public async Task The_sample_run_writes_every_output_and_the_layers_validate_as_navigator_4_5()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--sample", "--out", dir.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("KB techniques", run.Stdout);
        foreach (var name in Outputs)
        {
            Assert.True(File.Exists(dir.File(name)), name);
        }

        using var summary = JsonDocument.Parse(File.ReadAllText(dir.File("summary.json")));
        var covered = summary.RootElement.GetProperty("coveredIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        var uncovered = summary.RootElement.GetProperty("uncoveredIds").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.Equal(73, covered.Count + uncovered.Count);
        AssertLayer(dir.File("insider-covered.json"), covered);
        AssertLayer(dir.File("insider-uncovered.json"), uncovered);
        AssertLayer(dir.File("insider-coverage.json"), covered.Union(uncovered).ToHashSet());
    }

    private static void AssertLayer(string path, IReadOnlySet<string> expectedIds)
    {
        using var stream = File.OpenRead(path);
        var problems = new NavigatorLayerValidator().Validate(stream, expectedIds);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task A_missing_file_is_a_one_line_error_and_earlier_outputs_stay_as_they_were()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("summary.json"), "earlier");

        var run = await CliRun.Of("coverage", "--alerts", dir.File("nope.csv"), "--out", dir.Path);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("nope.csv: no such file", run.Stderr);
        Assert.Equal("earlier", File.ReadAllText(dir.File("summary.json")));
        Assert.Equal(["summary.json"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("alerts.json", "{\"tables\":[{\"name\":\"PrimaryResult\",\"columns\":[{\"name\":\"SystemAlertId\",\"type\":\"string\"}],\"rows\":[[\"a\"],[\"b", "alerts.json")]
    [InlineData("alerts.csv", "SystemAlertId,Techniques\na1,\"[\"\"T1078\"\"]\"\na2,\"[\"\"T1078\n", "alerts.csv:3")]
    public async Task Broken_input_names_the_file_and_position_and_writes_nothing(string name, string content, string expected)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(name), content);
        var outDir = Path.Combine(dir.Path, "out");

        var run = await CliRun.Of("coverage", "--alerts", dir.File(name), "--out", outDir);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith("ttpcov: error: ", run.Stderr);
        Assert.Contains(expected, run.Stderr);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var run = await CliRun.Of("coverage", "--no-such-option");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Without_alerts_it_says_what_to_give()
    {
        var run = await CliRun.Of("coverage");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("--alerts", run.Stderr);
    }

    [Fact]
    public async Task The_days_window_counts_only_alerts_in_the_days_before_as_of()
    {
        using var dir = new TempDirectory();
        var file = dir.File("a.ndjson");
        File.WriteAllLines(file,
        [
            """{"SystemAlertId":"in","TimeGenerated":"2025-03-20T00:00:00Z","Techniques":"[\"T1052\"]"}""",
            """{"SystemAlertId":"old","TimeGenerated":"2025-01-01T00:00:00Z","Techniques":"[\"T1005\"]"}""",
        ]);

        var run = await CliRun.Of("coverage", "--alerts", file, "--days", "30", "--as-of", "2025-04-01T00:00:00Z", "--out", dir.File("out"), "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "summary.json")));
        Assert.Equal(["T1052"], summary.RootElement.GetProperty("coveredIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_secrl_sample_gives_the_numbers_checked_by_hand()
    {
        var path = SharedData.Sample("alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv");
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--alerts", path, "--out", dir.Path, "--quiet");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(File.ReadAllText(dir.File("summary.json")));
        Assert.Equal(19, summary.RootElement.GetProperty("coveredIds").GetArrayLength());
        Assert.Equal(54, summary.RootElement.GetProperty("uncoveredIds").GetArrayLength());

        // Checked by hand with an independent script over the same file (the rules of docs/coverage.md):
        // alerts per covered KB technique, sub-techniques counted for their parents.
        var expected = new Dictionary<string, long>
        {
            ["T1016"] = 3, ["T1021"] = 33, ["T1021.004"] = 3, ["T1036"] = 6, ["T1039"] = 1, ["T1046"] = 1, ["T1074"] = 2,
            ["T1078"] = 9, ["T1078.002"] = 4, ["T1098"] = 2, ["T1106"] = 1, ["T1114"] = 3, ["T1135"] = 5, ["T1136"] = 1,
            ["T1496"] = 1, ["T1552"] = 2, ["T1555"] = 3, ["T1562"] = 2, ["T1562.001"] = 2,
        };
        var actual = summary.RootElement.GetProperty("techniques").EnumerateArray()
            .Where(t => t.GetProperty("status").GetString() == "covered")
            .ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("alertCount").GetInt64());
        Assert.Equal(expected, actual);
        Assert.Equal(26.0, summary.RootElement.GetProperty("coverage").GetProperty("percent").GetDouble());
        Assert.Equal(25.0, summary.RootElement.GetProperty("coverage").GetProperty("weightedPercent").GetDouble());
        var alerts = summary.RootElement.GetProperty("alerts");
        Assert.Equal(189, alerts.GetProperty("uniqueAlerts").GetInt64());
    }

    [Fact]
    public async Task Re_emitted_rows_of_the_secrl_alerts_change_nothing_but_the_duplicate_count()
    {
        var path = SharedData.Sample("alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv");
        using var dir = new TempDirectory();
        var doubled = dir.File("doubled.ndjson");
        await using (var input = File.OpenRead(path))
        await using (var output = File.Create(doubled))
        using (var writer = new Core.Formats.AlertNdjsonWriter(output))
        {
            foreach (var record in Core.Formats.AlertFileReader.Read(input, "secrl"))
            {
                // Sentinel re-emits an alert on each status change: an earlier row whose techniques differ must lose to the later one.
                var earlier = Copy(record);
                earlier.TimeGenerated = "2000-01-01T00:00:00Z";
                earlier.Techniques = "[\"T1657\"]";
                writer.Write(earlier);
                writer.Write(record);
            }
        }

        var once = await CliRun.Of("coverage", "--alerts", path, "--out", dir.File("once"), "--quiet");
        var twice = await CliRun.Of("coverage", "--alerts", doubled, "--out", dir.File("twice"), "--quiet");

        Assert.Equal(0, once.ExitCode + twice.ExitCode);
        using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("once"), "summary.json")));
        using var b = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("twice"), "summary.json")));
        Assert.Equal(a.RootElement.GetProperty("techniques").GetRawText(), b.RootElement.GetProperty("techniques").GetRawText());
        Assert.Equal(189, b.RootElement.GetProperty("alerts").GetProperty("duplicateRows").GetInt64());
    }

    private static Core.Alerts.AlertRecord Copy(Core.Alerts.AlertRecord r) => new()
    {
        SystemAlertId = r.SystemAlertId, TimeGenerated = r.TimeGenerated, StartTime = r.StartTime, AlertName = r.AlertName,
        ProductName = r.ProductName, ProviderName = r.ProviderName, AlertType = r.AlertType, Severity = r.Severity, Tactics = r.Tactics,
        Techniques = r.Techniques, SubTechniques = r.SubTechniques, ExtendedProperties = r.ExtendedProperties, Workspace = r.Workspace,
    };

    [Theory]
    [InlineData("microsoft__msticpy/tests/testdata/azmondata/az_mon_raw_query.json", 3, 0)]
    [InlineData("Azure__Azure-Sentinel-Notebooks/tutorials-and-examples/feature-tutorials/data/alertlist.csv", 189, 0)]
    [InlineData("Azure__Azure-Sentinel/Tools/MITREATT&CK-LayerGeneration-Notebook/MSFT-Builtin-Alerts.csv", 531, 0)]
    public async Task Every_public_alert_sample_reads_and_those_without_techniques_cover_nothing(string sample, long alerts, int covered)
    {
        var path = SharedData.Sample("alerts/" + sample);
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--alerts", path, "--out", dir.Path, "--quiet");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var summary = JsonDocument.Parse(File.ReadAllText(dir.File("summary.json")));
        Assert.Equal(alerts, summary.RootElement.GetProperty("alerts").GetProperty("uniqueAlerts").GetInt64());
        Assert.Equal(covered, summary.RootElement.GetProperty("coveredIds").GetArrayLength());
    }

    [Fact]
    public async Task An_incident_export_given_as_alerts_is_refused_with_a_clear_error()
    {
        var path = SharedData.Sample("alerts/microsoft__SecRL/secgym/qagen/extracted_incidents.csv");
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--alerts", path, "--out", dir.Path);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("extracted_incidents.csv:1: no SecurityAlert columns", run.Stderr, StringComparison.Ordinal);
    }
}
