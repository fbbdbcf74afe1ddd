using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ttpcov.Cli.Tests;

/// <summary>
/// Kills the real ttpcov process (SIGKILL) at many points while it reads a large export and writes into a folder that
/// holds an earlier run's outputs: every output must then be the complete earlier file or the complete new one, and the
/// next run removes any staging folder the killed run left.
/// </summary>
public sealed partial class AtomicOutputTests
{
    /// <summary>Six kills in the normal pass; forty in the long fuzz pass (<c>TTPCOV_FUZZ_SECONDS</c> set).</summary>
    private static readonly int Kills = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TTPCOV_FUZZ_SECONDS")) ? 6 : 40;

    [Fact]
    public async Task A_run_killed_at_any_point_leaves_each_output_complete_old_or_complete_new()
    {
        using var dir = new TempDirectory();
        var (oldInput, newInput) = (dir.File("old.csv"), dir.File("new.csv"));
        File.WriteAllText(oldInput, Export(2_000, "T1005"));
        File.WriteAllText(newInput, Export(40_000, "T1052.001"));
        var oldOutputs = await CompleteRun(oldInput, dir.File("old-out"));
        var started = DateTime.UtcNow;
        var newOutputs = await CompleteRun(newInput, dir.File("new-out"));
        var runTime = DateTime.UtcNow - started;
        var random = new Random(7);

        for (var i = 0; i < Kills; i++)
        {
            var output = dir.File($"out-{i}");
            CopyOutputs(dir.File("old-out"), output);
            using var process = TtpcovProcess.Start("coverage", "--alerts", newInput, "--out", output, "--quiet");
            await Task.Delay(runTime * (0.3 + (0.8 * random.NextDouble())), TestContext.Current.CancellationToken);
            process.Kill();
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            foreach (var file in Directory.GetFiles(output))
            {
                var name = Path.GetFileName(file);
                var text = File.ReadAllText(file);
                Assert.True(text == oldOutputs[name] || Normalise(text) == Normalise(newOutputs[name]), $"kill {i}: {name} is neither the old nor the new output");
                Parses(name, text);
            }

            Assert.Equal(oldOutputs.Keys.Order(), Directory.GetFiles(output).Select(Path.GetFileName).Order());
            Assert.All(Directory.GetDirectories(output), d => Assert.StartsWith(".ttpcov-tmp-", Path.GetFileName(d), StringComparison.Ordinal));
            await CompleteRun(newInput, output);
            Assert.Empty(Directory.GetDirectories(output));
        }
    }

    [Fact]
    public async Task A_run_removes_staging_folders_of_runs_that_are_gone_and_keeps_those_of_live_runs()
    {
        using var dir = new TempDirectory();
        var gone = Directory.CreateDirectory(dir.File(".ttpcov-tmp-2147483646-0123456789abcdef0123456789abcdef"));
        File.WriteAllText(Path.Combine(gone.FullName, "summary.json"), "{\"half");
        var live = Directory.CreateDirectory(dir.File($".ttpcov-tmp-{Environment.ProcessId}-fedcba9876543210fedcba9876543210"));

        var run = await CliRun.Of("coverage", "--sample", "--out", dir.Path, "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.False(gone.Exists && Directory.Exists(gone.FullName), "the dead run's staging folder is removed");
        Assert.True(Directory.Exists(live.FullName), "a live run's staging folder is kept");
    }

    private static async Task<Dictionary<string, string>> CompleteRun(string input, string output)
    {
        using var process = TtpcovProcess.Start("coverage", "--alerts", input, "--out", output, "--quiet");
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        return Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
    }

    private static void CopyOutputs(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static void Parses(string name, string text)
    {
        if (name.EndsWith(".json", StringComparison.Ordinal))
        {
            using var document = JsonDocument.Parse(text);
        }
        else
        {
            Assert.True(text.EndsWith('\n'), $"{name} ends mid-line");
        }
    }

    /// <summary>The new outputs of two runs differ only in when they were generated.</summary>
    private static string Normalise(string text) => Timestamp().Replace(text, "<time>");

    private static string Export(int alerts, string technique)
    {
        var csv = new StringBuilder("SystemAlertId,TimeGenerated,AlertName,ProductName,Techniques,ExtendedProperties\n");
        for (var i = 0; i < alerts; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"id-{i},2025-03-01T{i % 24:D2}:00:00Z,Alert {i % 50},MDATP,\"[\"\"{technique}\"\"]\",\"{{\"\"MitreTechniques\"\":\"\"T1078;T1110\"\"}}\"\n");
        }

        return csv.ToString();
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")]
    private static partial Regex Timestamp();
}
