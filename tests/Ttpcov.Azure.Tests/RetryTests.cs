using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

public sealed class RetryTests
{
    public static TheoryData<string> TransientFaults => ["429", "429-retry-after", "500", "502", "503", "drop", "truncate"];

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task Transient_failures_are_retried_and_the_result_is_exact(string name)
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(400, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        live.Emulator.Faults.Then(Fault(name), 2);
        var source = live.Source();

        var records = await live.ReadAsync(AlertQueryMode.Rows, source);

        Assert.Equal(400, records.Count);
        Assert.Equal(400, records.Select(r => r.SystemAlertId).Distinct().Count());
        Assert.Equal(2, source.Statistics.Retries);
        Assert.Equal(3, source.Statistics.Requests);
    }

    [Fact]
    public async Task Retry_after_sets_the_wait_before_the_next_attempt()
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        live.Emulator.Faults.Then(EmulatorFault.Throttle("1"));

        await live.ReadAsync(AlertQueryMode.Groups);

        var notice = Assert.Single(live.Retries);
        Assert.Equal(TimeSpan.FromSeconds(1), notice.Delay);
        Assert.Equal(429, notice.Status);
    }

    [Fact]
    public async Task Exhausted_retries_fail_with_the_status_and_the_request_id()
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        live.Emulator.Faults.Always(EmulatorFault.WithStatus(503));

        var error = await Assert.ThrowsAsync<LogAnalyticsRequestException>(() => live.ReadAsync(AlertQueryMode.Rows));

        Assert.Equal(503, error.Status);
        Assert.Equal("InternalServerError", error.ErrorCode);
        Assert.True(Guid.TryParse(error.RequestId, out _));
        Assert.Contains(error.RequestId!, error.Message, StringComparison.Ordinal);
        Assert.Equal(5, live.Emulator.Requests.Count);
    }

    [Fact]
    public async Task A_rejected_query_is_not_retried()
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));

        var error = await Assert.ThrowsAsync<LogAnalyticsRequestException>(() =>
            live.Client.QueryAsync(LiveHarness.WorkspaceA, "SecurityAlert | take 1", "P1D", TestContext.Current.CancellationToken));

        Assert.Equal(400, error.Status);
        Assert.Equal("BadArgumentError", error.ErrorCode);
        Assert.Single(live.Emulator.Requests);
    }

    private static EmulatorFault Fault(string name) => name switch
    {
        "429" => EmulatorFault.Throttle(),
        "429-retry-after" => EmulatorFault.Throttle("0"),
        "drop" => EmulatorFault.DropConnection,
        "truncate" => EmulatorFault.TruncateBody,
        _ => EmulatorFault.WithStatus(int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
