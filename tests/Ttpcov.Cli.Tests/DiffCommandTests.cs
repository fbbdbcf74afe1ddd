using System.Text.Json;
using Ttpcov.Core.Layers;

namespace Ttpcov.Cli.Tests;

public class DiffCommandTests
{
    // Two runs of the same KB: the second one no longer sees T1005 and sees T1052 twice as often.
    private static async Task<(string Old, string New)> TwoRuns(TempDirectory dir)
    {
        string Alerts(string name, params string[] lines)
        {
            File.WriteAllLines(dir.File(name), lines);
            return dir.File(name);
        }

        var before = Alerts("before.ndjson",
            """{"SystemAlertId":"a","TimeGenerated":"2025-03-20T00:00:00Z","Techniques":"[\"T1052\"]"}""",
            """{"SystemAlertId":"b","TimeGenerated":"2025-03-21T00:00:00Z","Techniques":"[\"T1005\"]"}""");
        var after = Alerts("after.ndjson",
            """{"SystemAlertId":"a","TimeGenerated":"2025-03-20T00:00:00Z","Techniques":"[\"T1052\"]"}""",
            """{"SystemAlertId":"c","TimeGenerated":"2025-03-22T00:00:00Z","Techniques":"[\"T1052\",\"T1213\"]"}""");
        var (oldDir, newDir) = (dir.File("old"), dir.File("new"));
        Assert.Equal(0, (await CliRun.Of("coverage", "--alerts", before, "--out", oldDir, "--quiet")).ExitCode);
        Assert.Equal(0, (await CliRun.Of("coverage", "--alerts", after, "--out", newDir, "--quiet")).ExitCode);
        return (oldDir, newDir);
    }

    [Fact]
    public async Task Lost_coverage_exits_3_and_lists_gained_lost_and_changed_techniques()
    {
        using var dir = new TempDirectory();
        var (oldDir, newDir) = await TwoRuns(dir);

        var run = await CliRun.Of("diff", oldDir, newDir);

        Assert.Equal(ExitCodes.CoverageLost, run.ExitCode);
        Assert.Contains("Newly covered (1):\n  T1213 ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Newly lost (1):\n  T1005      1 -> 0 (-1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Alert count changes (1):\n  T1052      1 -> 2 (+1)", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delta_layer_is_written_beside_new_by_default_and_validates()
    {
        using var dir = new TempDirectory();
        var (oldDir, newDir) = await TwoRuns(dir);

        await CliRun.Of("diff", oldDir, newDir, "--quiet");

        using var stream = File.OpenRead(Path.Combine(newDir, "insider-delta.json"));
        var problems = new NavigatorLayerValidator().Validate(stream, new HashSet<string> { "T1005", "T1052", "T1213" });
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Gaining_only_exits_0_and_summary_files_work_as_well_as_folders()
    {
        using var dir = new TempDirectory();
        var (oldDir, newDir) = await TwoRuns(dir);
        var layer = dir.File("layers/delta.json");

        var run = await CliRun.Of("diff", Path.Combine(newDir, "summary.json"), Path.Combine(newDir, "summary.json"), "--out", layer);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Newly lost (0):\n  (none)", run.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(layer));
        Assert.Equal(0, json.RootElement.GetProperty("techniques").GetArrayLength());
        Assert.NotEqual(oldDir, newDir);
    }

    [Fact]
    public async Task Runs_against_another_attack_version_are_compared_with_a_warning()
    {
        using var dir = new TempDirectory();
        var (oldDir, _) = await TwoRuns(dir);
        var newDir = dir.File("new14");
        await CliRun.Of("coverage", "--alerts", dir.File("before.ndjson"), "--attack-version", "14.1", "--out", newDir, "--quiet");

        var run = await CliRun.Of("diff", oldDir, newDir, "--quiet");

        Assert.Contains("ttpcov: warning: the target ATT&CK version differs: 18.1 before, 14.1 now", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_a_summary_or_a_file_that_is_not_one_is_a_one_line_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("other.json"), "{\"format\": \"something-else\"}");

        var missing = await CliRun.Of("diff", dir.Path, dir.File("other.json"));
        var wrong = await CliRun.Of("diff", dir.File("other.json"), dir.File("other.json"));

        Assert.Equal((ExitCodes.Error, ExitCodes.Error), (missing.ExitCode, wrong.ExitCode));
        Assert.Contains("summary.json: no such file", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("other.json: $.format: not a ttpcov-summary file", wrong.Stderr, StringComparison.Ordinal);
    }
}
