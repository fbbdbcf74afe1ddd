using Ttpcov.Azure.Alerts;

namespace Ttpcov.Azure.Tests;

/// <summary>Measures the response bytes per mode: groups grow with rule variety, rows with alert volume.</summary>
public sealed class ResponseSizeTests
{
    [Fact]
    public async Task Groups_answer_ten_thousand_alerts_in_a_fraction_of_the_bytes_of_rows()
    {
        var (rows, groups) = await MeasureAsync(10_000);

        Assert.True(groups * 20 < rows, $"rows {rows} B, groups {groups} B");
    }

    [Fact]
    [Trait("Category", "Scale")]
    public async Task Groups_answer_a_million_alerts_in_a_fraction_of_the_bytes_of_rows()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable("TTPCOV_SCALE") == "1", "set TTPCOV_SCALE=1 to run the 1,000,000-alert measurement");

        var (rows, groups) = await MeasureAsync(1_000_000);

        Assert.True(groups * 1000 < rows, $"rows {rows} B, groups {groups} B");
    }

    private static async Task<(long Rows, long Groups)> MeasureAsync(int alerts)
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(alerts, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        var rowSource = live.Source();
        var groupSource = live.Source();

        var perAlert = await live.ReadAsync(AlertQueryMode.Rows, rowSource);
        var grouped = await live.ReadAsync(AlertQueryMode.Groups, groupSource);

        Assert.Equal(alerts, perAlert.Count);
        Assert.Equal(alerts, grouped.Sum(r => r.Weight));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{alerts:N0} alerts: rows mode {rowSource.Statistics.BytesReceived:N0} bytes in {rowSource.Statistics.Requests} request(s); " +
            $"groups mode {groupSource.Statistics.BytesReceived:N0} bytes in {groupSource.Statistics.Requests} request(s), {grouped.Count} groups");
        return (rowSource.Statistics.BytesReceived, groupSource.Statistics.BytesReceived);
    }
}
