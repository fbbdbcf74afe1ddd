namespace Ttpcov.Cli.Tests;

public class SmallCommandTests
{
    [Theory]
    [InlineData("groups", "// ttpcov:groups-v1")]
    [InlineData("rows", "// ttpcov:rows-v1")]
    public async Task Kql_prints_the_query_ready_for_the_portal(string mode, string marker)
    {
        var run = await CliRun.Of("kql", "--mode", mode, "--days", "30");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(marker, run.Stdout.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("30d", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("SystemAlertId", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kql_refuses_a_window_of_no_days_through_the_one_error_handler()
    {
        var run = await CliRun.Of("kql", "--days", "0");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith("ttpcov: error: --days", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulate_without_its_token_variable_says_which_variable_to_set()
    {
        var run = await CliRun.Of("emulate", "--alerts", "x.json", "--token-env", "TTPCOV_TEST_UNSET_VARIABLE_4f1c");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("TTPCOV_TEST_UNSET_VARIABLE_4f1c", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var run = await CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
    }
}
