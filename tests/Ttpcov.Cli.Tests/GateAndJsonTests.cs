using System.Text.Json;

namespace Ttpcov.Cli.Tests;

public class GateAndJsonTests
{
    private static readonly string[] Reports = ["report.html", "report.md", "matrix.svg"];

    [Fact]
    public async Task Coverage_also_writes_the_html_and_markdown_reports_and_the_matrix()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--sample", "--out", dir.Path, "--quiet");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var name in Reports)
        {
            Assert.True(new FileInfo(dir.File(name)).Length > 1000, name);
        }

        Assert.Contains("data-figure=\"coverage\"", File.ReadAllText(dir.File("report.html")), StringComparison.Ordinal);
        Assert.StartsWith("<?xml", File.ReadAllText(dir.File("matrix.svg")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fail-under", "37.1", ExitCodes.BelowThreshold)]
    [InlineData("--fail-under", "37", ExitCodes.Success)]
    [InlineData("--fail-under-weighted", "44.7", ExitCodes.BelowThreshold)]
    [InlineData("--fail-under-weighted", "44.6", ExitCodes.Success)]
    public async Task The_gate_compares_the_percentage_as_shown_and_still_writes_every_output(string option, string threshold, int expected)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--sample", "--out", dir.Path, "--quiet", option, threshold);

        Assert.Equal(expected, run.ExitCode);
        Assert.True(File.Exists(dir.File("summary.json")) && File.Exists(dir.File("report.html")));
        Assert.Equal("", run.Stdout);
        if (expected == ExitCodes.BelowThreshold)
        {
            Assert.Equal($"ttpcov: {(option == "--fail-under" ? "coverage 37.0" : "weighted coverage 44.6")} % is below {option} {threshold} %\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("lots")]
    public async Task A_threshold_outside_0_to_100_is_a_usage_error(string threshold)
    {
        var run = await CliRun.Of("coverage", "--sample", "--fail-under", threshold);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public async Task Json_prints_summary_json_and_nothing_else_on_stdout()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--sample", "--out", dir.Path, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(File.ReadAllText(dir.File("summary.json")), run.Stdout);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("ttpcov-summary", json.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public async Task Json_and_a_failed_gate_still_print_the_summary_and_exit_2()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.Of("coverage", "--sample", "--out", dir.Path, "--json", "--quiet", "--fail-under", "99");

        Assert.Equal(ExitCodes.BelowThreshold, run.ExitCode);
        Assert.Equal(File.ReadAllText(dir.File("summary.json")), run.Stdout);
    }
}
