using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Core.Alerts;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

/// <summary>
/// Every fault of sentinel-api.md §1.7–1.9, injected by the loopback emulator at the first request and in the middle of
/// a sliced read (5 weekly slices): the read either yields exactly the records of a clean run, or fails with a typed
/// error after yielding only records of slices that completed before the fault.
/// </summary>
public sealed class FaultMatrixTests
{
    private static readonly TimeSpan SliceLength = TimeSpan.FromDays(7);
    private static readonly List<Dictionary<string, string?>> Rows = SyntheticAlerts.Generate(300, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA);
    private static int injected;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var fault in new[]
        {
            "429", "429-retry-after", "500", "502", "503", "504", "reset-mid-body", "body-cut-short", "invalid-json", "wrong-types",
            "lone-surrogate", "partial-error", "401", "403", "redirect-other-host", "slow-past-server-timeout", "503-until-retries-run-out",
        })
        {
            data.Add(fault, 0);
            data.Add(fault, 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_fault_gives_the_clean_result_or_a_typed_error_and_no_records_of_an_incomplete_slice(string fault, int atRequest)
    {
        var clean = await ReadAsync(null, 0);

        var (records, error, faults, otherHostRequests) = await ReadAsync(fault, atRequest);

        Interlocked.Add(ref injected, faults);
        TestContext.Current.TestOutputHelper?.WriteLine($"faults injected: {faults} (all cases so far: {Volatile.Read(ref injected)})");
        Assert.True(faults > 0, "the fault was injected");
        Assert.Equal(0, otherHostRequests);
        if (ExpectedError(fault) is not { } expected)
        {
            Assert.Null(error);
            Assert.Equal(Keys(clean.Records), Keys(records));
            return;
        }

        Assert.NotNull(error);
        Assert.IsType(expected, error);
        Assert.DoesNotContain(LiveHarness.Token, error.ToString(), StringComparison.Ordinal);
        var completedUntil = LiveHarness.Window.Start + (SliceLength * atRequest);
        Assert.Equal(Keys(clean.Records.Where(r => DateTimeOffset.Parse(r.TimeGenerated!, System.Globalization.CultureInfo.InvariantCulture) <= completedUntil)), Keys(records));
    }

    private static Type? ExpectedError(string fault) => fault switch
    {
        "invalid-json" or "wrong-types" or "lone-surrogate" or "401" or "403" or "redirect-other-host" or "503-until-retries-run-out" => typeof(LogAnalyticsRequestException),
        "partial-error" => typeof(IncompleteSliceException),
        _ => null,
    };

    private static (EmulatorFault Fault, int Count) Fault(string fault, Uri otherHost) => fault switch
    {
        "429" => (EmulatorFault.Throttle(), 2),
        "429-retry-after" => (EmulatorFault.Throttle("1"), 1),
        "reset-mid-body" => (EmulatorFault.DropConnection, 2),
        "body-cut-short" => (EmulatorFault.TruncateBody, 2),
        "invalid-json" => (EmulatorFault.Body("{\"tables\":[{\"name\":\"PrimaryResult\",\"columns\":[{\"name\":"), 1),
        "wrong-types" => (EmulatorFault.Body("{\"tables\":[{\"name\":7,\"columns\":\"x\",\"rows\":[1]}]}"), 1),
        "lone-surrogate" => (EmulatorFault.Body("{\"tables\":[{\"name\":\"\\ud800\",\"columns\":[],\"rows\":[]}]}"), 1),
        "partial-error" => (EmulatorFault.Body(
            "{\"tables\":[{\"name\":\"PrimaryResult\",\"columns\":[],\"rows\":[]}],\"error\":{\"code\":\"PartialError\",\"message\":\"There were some errors when processing your query.\",\"details\":[{\"code\":\"EngineError\",\"message\":\"Something went wrong processing your query on the server.\",\"innererror\":{\"code\":\"-2133196798\",\"message\":\"E_RUNAWAY_QUERY\"}}]}}"), 1),
        "redirect-other-host" => (EmulatorFault.Redirect(302, new Uri(otherHost, $"v1/workspaces/{LiveHarness.WorkspaceA}/query").ToString()), 1),
        "slow-past-server-timeout" => (EmulatorFault.Slow(TimeSpan.FromSeconds(3)), 1),
        "503-until-retries-run-out" => (EmulatorFault.WithStatus(503), 5),
        _ => (EmulatorFault.WithStatus(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)), fault == "504" ? 1 : 2),
    };

    private static async Task<(List<AlertRecord> Records, Exception? Error, int Faults, int OtherHostRequests)> ReadAsync(string? fault, int atRequest)
    {
        await using var other = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        other.AddWorkspace(LiveHarness.WorkspaceA, Rows);
        await using var live = await LiveHarness.StartAsync(configure: o => o.ServerTimeout = fault == "slow-past-server-timeout" ? TimeSpan.FromSeconds(1) : o.ServerTimeout);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, Rows);
        if (fault is not null)
        {
            var (injection, count) = Fault(fault, other.Endpoint);
            live.Emulator.Faults.ThenNormal(atRequest).Then(injection, count);
        }

        var records = new List<AlertRecord>();
        var source = live.Source(new SentinelAlertSourceOptions { InitialSliceLength = SliceLength });
        try
        {
            await foreach (var record in source.ReadAsync([LiveHarness.WorkspaceA], LiveHarness.Window, AlertQueryMode.Rows, TestContext.Current.CancellationToken))
            {
                records.Add(record);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (records, ex, live.Emulator.Faults.Injected, other.Requests.Count);
        }

        return (records, null, live.Emulator.Faults.Injected, other.Requests.Count);
    }

    private static List<string> Keys(IEnumerable<AlertRecord> records) =>
        [.. records.Select(r => $"{r.SystemAlertId}|{r.TimeGenerated}|{r.AlertName}|{r.Techniques}|{r.SubTechniques}|{r.ExtendedProperties}|{r.Weight}").Order(StringComparer.Ordinal)];
}
