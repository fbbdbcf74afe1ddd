using System.Diagnostics;
using Ttpcov.Azure.Alerts;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_a_slow_query_stops_promptly_with_operation_cancelled()
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        live.Emulator.Faults.Always(EmulatorFault.Slow(TimeSpan.FromMinutes(5)));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in live.Source().ReadAsync([LiveHarness.WorkspaceA], LiveHarness.Window, AlertQueryMode.Rows, cancel.Token))
            {
            }
        });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_during_a_retry_wait_stops_promptly()
    {
        await using var live = await LiveHarness.StartAsync(configure: o => o.RetryDelay = TimeSpan.FromMinutes(1));
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        live.Emulator.Faults.Always(EmulatorFault.Throttle("50"));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            live.Client.QueryAsync(LiveHarness.WorkspaceA, "// ttpcov:rows-v1", LiveHarness.Window, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
