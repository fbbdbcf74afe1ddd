using System.Text.Json;
using Ttpcov.Core.Samples;
using Ttpcov.Emulator;

namespace Ttpcov.Cli.Tests;

/// <summary>
/// The live path end to end: the real ttpcov executable against the loopback Log Analytics emulator, compared with
/// an offline run over the same rows.
/// </summary>
public sealed class LiveCoverageTests : IAsyncLifetime
{
    private const string Workspace = "5f7c2d3e-0000-4c1a-9d2e-1a2b3c4d5e6f";
    private const string Token = "e2e-secret-token-7f1d9c";
    private readonly TempDirectory _dir = new();
    private LogAnalyticsEmulator _emulator = null!;
    private string _alerts = null!;

    public async ValueTask InitializeAsync()
    {
        _alerts = _dir.File("alerts.ndjson");
        await using (var file = File.Create(_alerts))
        {
            new SampleAlertGenerator(seed: 7).WriteNdjson(file, 1500);
        }

        _emulator = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = Token, RowCap = 400 }, TestContext.Current.CancellationToken);
        await using var rows = File.OpenRead(_alerts);
        _emulator.AddWorkspace(Workspace, rows);
    }

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _dir.Dispose();
    }

    private static readonly string[] Window = ["--days", "90", "--as-of", "2026-11-30T00:00:00Z"];

    private Task<CliRun> Live(string outDir, params string[] extra) => TtpcovProcess.RunAsync(
        new Dictionary<string, string> { ["TTPCOV_ACCESS_TOKEN"] = Token },
        ["coverage", "--workspace", Workspace, "--auth", "token-env", "--endpoint", _emulator.Endpoint.ToString(), "--out", outDir, .. Window, .. extra]);

    private static JsonElement Summary(string outDir) => JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json"))).RootElement;

    /// <summary>What must be equal between two runs: every technique's status and alert count, the totals, the alerts counted.</summary>
    private static string Fingerprint(JsonElement summary) => string.Join('\n',
        summary.GetProperty("techniques").EnumerateArray().Select(t => $"{t.GetProperty("id")} {t.GetProperty("status")} {t.GetProperty("alertCount")}")
            .Append(summary.GetProperty("coverage").GetRawText())
            .Append(summary.GetProperty("alerts").GetProperty("uniqueAlerts").GetRawText())
            .Append(summary.GetProperty("alerts").GetProperty("alertsWithTechniques").GetRawText())
            .Concat(Values(summary, "unrecognised"))
            .Concat(Values(summary, "unknownToTarget")));

    /// <summary>Reported values with their alert counts (not where they were first seen: a file line or a workspace row).</summary>
    private static IEnumerable<string> Values(JsonElement summary, string list) =>
        summary.GetProperty(list).EnumerateArray().Select(e => $"{list} {e.GetProperty("value")} {e.GetProperty("alerts")}");

    private async Task<string> Offline()
    {
        var outDir = _dir.File("offline");
        var run = await CliRun.Of(["coverage", "--alerts", _alerts, "--out", outDir, "--quiet", .. Window]);
        Assert.Equal(0, run.ExitCode);
        return Fingerprint(Summary(outDir));
    }

    [Theory]
    [InlineData("groups")]
    [InlineData("rows")]
    public async Task Live_coverage_equals_offline_coverage_of_the_same_rows_in_both_query_modes(string mode)
    {
        var outDir = _dir.File("live-" + mode);

        var run = await Live(outDir, "--query-mode", mode);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(await Offline(), Fingerprint(Summary(outDir)));
        Assert.DoesNotContain(Token, run.Stdout + run.Stderr + string.Concat(Directory.GetFiles(outDir).Select(File.ReadAllText)), StringComparison.Ordinal);
        Assert.Contains($"workspace {Workspace}", Summary(outDir).GetProperty("sources").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_mode_heals_a_truncated_answer_by_splitting_and_still_equals_the_offline_result()
    {
        var outDir = _dir.File("live-split");

        var run = await Live(outDir, "--query-mode", "rows");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(_emulator.Requests, r => r.Status == 200 && r.Body.Contains("ttpcov:rows", StringComparison.Ordinal));
        Assert.Matches(@"[1-9]\d* slices split", run.Stdout);
        Assert.Equal(await Offline(), Fingerprint(Summary(outDir)));
    }

    [Fact]
    public async Task Throttling_server_errors_and_a_dropped_connection_are_retried_to_the_exact_result()
    {
        _emulator.Faults.Then(EmulatorFault.Throttle("1"), 1).Then(EmulatorFault.WithStatus(503), 1).Then(EmulatorFault.DropConnection, 1).Then(EmulatorFault.Throttle(), 1);
        var outDir = _dir.File("live-faults");

        var run = await Live(outDir);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("4 retries", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(await Offline(), Fingerprint(Summary(outDir)));
    }

    [Fact]
    public async Task A_rejected_token_fails_with_the_role_to_grant_and_writes_nothing()
    {
        var outDir = _dir.File("live-denied");

        var run = await TtpcovProcess.RunAsync(
            new Dictionary<string, string> { ["TTPCOV_ACCESS_TOKEN"] = "not-the-token" },
            ["coverage", "--workspace", Workspace, "--auth", "token-env", "--endpoint", _emulator.Endpoint.ToString(), "--out", outDir]);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("Log Analytics Reader", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Several_workspaces_give_the_union_and_name_the_workspace_in_each_techniques_evidence()
    {
        const string second = "9a8b7c6d-0000-4000-8000-00000000bbbb";
        await using var emulator = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = Token }, TestContext.Current.CancellationToken);
        await using (var file = File.OpenRead(_alerts))
        {
            var rows = new AlertFileRowLoader().Load(file).ToList();
            var byAlert = rows.GroupBy(r => r["SystemAlertId"]).ToList();
            emulator.AddWorkspace(Workspace, byAlert.Where((_, i) => i % 2 == 0).SelectMany(g => g));
            emulator.AddWorkspace(second, byAlert.Where((_, i) => i % 2 == 1).SelectMany(g => g).Select(r => Retenant(r, second)));
        }

        var outDir = _dir.File("live-two");
        var run = await TtpcovProcess.RunAsync(
            new Dictionary<string, string> { ["TTPCOV_ACCESS_TOKEN"] = Token },
            ["coverage", "--workspace", $"{Workspace},{second}", "--auth", "token-env", "--endpoint", emulator.Endpoint.ToString(), "--out", outDir, .. Window]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(await Offline(), Fingerprint(Summary(outDir)));
        var layer = File.ReadAllText(Path.Combine(outDir, "insider-covered.json"));
        Assert.Contains(Workspace, layer, StringComparison.Ordinal);
        Assert.Contains(second, layer, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Retenant(IReadOnlyDictionary<string, string?> row, string workspace) =>
        new(row, StringComparer.OrdinalIgnoreCase) { ["TenantId"] = workspace };

    [Fact]
    public async Task At_the_most_verbose_setting_neither_the_token_nor_a_client_secret_appears_anywhere()
    {
        const string secret = "client-secret-3c9e1f";
        _emulator.Faults.Then(EmulatorFault.Throttle("1"), 1).Then(EmulatorFault.WithStatus(502), 1);
        var outDir = _dir.File("live-verbose");

        var run = await TtpcovProcess.RunAsync(
            new Dictionary<string, string> { ["TTPCOV_ACCESS_TOKEN"] = Token, ["AZURE_CLIENT_SECRET"] = secret },
            ["coverage", "--workspace", Workspace, "--auth", "token-env", "--endpoint", _emulator.Endpoint.ToString(), "--out", outDir, "--verbose", "--query-mode", "rows", .. Window]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("ttpcov: http: -> POST", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("ttpcov: http: <- 429", run.Stderr, StringComparison.Ordinal);
        var everything = run.Stdout + run.Stderr + string.Concat(Directory.GetFiles(outDir).Select(File.ReadAllText));
        Assert.DoesNotContain(Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_that_expires_between_slices_fails_the_run_and_writes_no_layers_from_the_slices_before()
    {
        _emulator.Faults.ThenNormal(2).Then(EmulatorFault.WithStatus(401), 1);
        var outDir = _dir.File("live-expired");

        var run = await Live(outDir, "--query-mode", "rows");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("401", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFiles(outDir).Any());
    }

    [Fact]
    public async Task Pull_saves_rows_that_give_the_same_coverage_offline()
    {
        var pulled = _dir.File("pulled.ndjson.gz");

        var pull = await TtpcovProcess.RunAsync(
            new Dictionary<string, string> { ["TTPCOV_ACCESS_TOKEN"] = Token },
            ["pull", "--workspace", Workspace, "--auth", "token-env", "--endpoint", _emulator.Endpoint.ToString(), "--out", pulled, .. Window]);
        Assert.True(pull.ExitCode == 0, pull.Stderr);

        var outDir = _dir.File("from-pull");
        var run = await CliRun.Of(["coverage", "--alerts", pulled, "--out", outDir, "--quiet", .. Window]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(await Offline(), Fingerprint(Summary(outDir)));
    }
}
