using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

public sealed class SlicingTests
{
    [Fact]
    public async Task An_alert_with_rows_in_two_slices_is_counted_once_in_the_slice_of_its_latest_row()
    {
        await using var live = await LiveHarness.StartAsync();
        var t = LiveHarness.Start.AddHours(10).AddMinutes(30);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA,
        [
            SyntheticAlerts.Simple("a1", t, "[\"T1530\"]", LiveHarness.WorkspaceA, "old"),
            SyntheticAlerts.Simple("a1", t.AddHours(1), "[\"T1567\"]", LiveHarness.WorkspaceA, "new"),
        ]);
        var source = live.Source(new SentinelAlertSourceOptions { InitialSliceLength = TimeSpan.FromHours(1) });

        var perAlert = await live.ReadAsync(AlertQueryMode.Rows, source);
        var grouped = await live.ReadAsync(AlertQueryMode.Groups, live.Source(new SentinelAlertSourceOptions { InitialSliceLength = TimeSpan.FromHours(1) }));

        Assert.Equal("new", Assert.Single(perAlert).AlertName);
        Assert.Equal(1, Assert.Single(grouped).Weight);
        Assert.True(source.Statistics.Requests > 700, "one request per hourly slice");
    }

    [Fact]
    public async Task A_truncated_answer_is_split_until_complete_and_equals_the_unsplit_answer()
    {
        var rows = SyntheticAlerts.Generate(500, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA);
        await using var capped = await LiveHarness.StartAsync(rowCap: 50);
        await using var whole = await LiveHarness.StartAsync();
        capped.Emulator.AddWorkspace(LiveHarness.WorkspaceA, rows);
        whole.Emulator.AddWorkspace(LiveHarness.WorkspaceA, rows);
        var source = capped.Source();

        var healed = await capped.ReadAsync(AlertQueryMode.Rows, source);
        var expected = await whole.ReadAsync(AlertQueryMode.Rows);

        Assert.True(source.Statistics.SlicesSplit >= 5, source.Statistics.ToString());
        Assert.Equal(500, healed.Count);
        Assert.Equal(
            expected.Select(r => (r.SystemAlertId, r.TimeGenerated, r.Techniques)).Order(),
            healed.Select(r => (r.SystemAlertId, r.TimeGenerated, r.Techniques)).Order());
        Assert.Equal(QueryModeTests.WeightByKey(expected), QueryModeTests.WeightByKey(await capped.ReadAsync(AlertQueryMode.Groups)));
    }

    [Fact]
    public async Task A_slice_that_cannot_be_completed_fails_with_a_clear_error()
    {
        await using var live = await LiveHarness.StartAsync(rowCap: 2);
        var t = LiveHarness.Start.AddDays(5);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA,
            Enumerable.Range(0, 5).Select(i => SyntheticAlerts.Simple($"same-second-{i}", t, "[\"T1530\"]", LiveHarness.WorkspaceA)));

        var error = await Assert.ThrowsAsync<IncompleteSliceException>(() => live.ReadAsync(AlertQueryMode.Rows));

        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
        Assert.Equal(LiveHarness.WorkspaceA, error.WorkspaceId);
        Assert.True(error.Slice!.Value.Duration <= TimeSpan.FromMinutes(1));
        Assert.IsType<LogAnalyticsPartialResultException>(error.InnerException);
    }

    [Fact]
    public async Task A_server_timeout_is_healed_by_splitting_the_slice_once()
    {
        await using var live = await LiveHarness.StartAsync();
        var rows = SyntheticAlerts.Generate(300, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, rows);
        live.Emulator.Faults.Then(EmulatorFault.WithStatus(504));
        var source = live.Source();

        var records = await live.ReadAsync(AlertQueryMode.Groups, source);

        Assert.Equal(300, records.Sum(r => r.Weight));
        Assert.Equal(1, source.Statistics.SlicesSplit);
        Assert.Equal(0, source.Statistics.Retries);
    }

    [Fact]
    public async Task A_timeout_that_persists_after_one_split_fails()
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(10, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        live.Emulator.Faults.Always(EmulatorFault.WithStatus(504));

        var error = await Assert.ThrowsAsync<IncompleteSliceException>(() => live.ReadAsync(AlertQueryMode.Groups));

        Assert.Equal(504, Assert.IsType<LogAnalyticsRequestException>(error.InnerException).Status);
        Assert.Equal(2, live.Emulator.Requests.Count);
    }

    [Fact]
    public async Task Every_slice_query_sends_the_whole_window_as_timespan()
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(10, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));

        await live.ReadAsync(AlertQueryMode.Rows, live.Source(new SentinelAlertSourceOptions { InitialSliceLength = TimeSpan.FromDays(7) }));

        Assert.Equal(5, live.Emulator.Requests.Count);
        Assert.All(live.Emulator.Requests, r => Assert.Equal(LiveHarness.Window.ToTimespan(), r.Timespan));
        Assert.All(live.Emulator.Requests, r => Assert.StartsWith("// ttpcov:rows-v1\n", r.Query, StringComparison.Ordinal));
        Assert.All(live.Emulator.Requests, r => Assert.Equal("wait=600", r.Headers["Prefer"]));
        Assert.All(live.Emulator.Requests, r => Assert.True(r.HadAuthorization && r.AuthorizationMatched));
        Assert.All(live.Emulator.Requests, r => Assert.False(r.Headers.ContainsKey("Authorization")));
    }
}
