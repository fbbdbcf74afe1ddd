using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ttpcov.Emulator;

/// <summary>
/// A loopback emulator of the Log Analytics query API (<c>POST /v1/workspaces/{guid}/query</c>) on real Kestrel,
/// following the contract in sentinel-api.md §1.13: auth and path errors, empty 200 and 204, answers to the
/// ttpcov rows/groups queries computed from configured rows, truncation at a row cap, injected faults, and a
/// record of every request. It also answers the Sentinel ARM rule lists (see <see cref="Arm"/>).
/// </summary>
public sealed class LogAnalyticsEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<Guid, EmulatorWorkspace> workspaces = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private LogAnalyticsEmulator(WebApplication app, LogAnalyticsEmulatorOptions options)
    {
        this.app = app;
        Options = options;
    }

    public LogAnalyticsEmulatorOptions Options { get; }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    public EmulatorFaultPlan Faults { get; } = new();

    /// <summary>The Sentinel ARM routes (<c>/subscriptions/…/alertRules</c>, <c>…/alertRuleTemplates</c>).</summary>
    public ArmEmulatorState Arm { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => requests.ToArray();

    public static async Task<LogAnalyticsEmulator> StartAsync(LogAnalyticsEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LogAnalyticsEmulatorOptions();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var emulator = new LogAnalyticsEmulator(app, options);
        var handler = new EmulatorRequestHandler(emulator);
        var arm = new ArmRequestHandler(emulator);
        app.Run(http => ArmRequestHandler.Handles(http.Request) ? arm.HandleAsync(http) : handler.HandleAsync(http));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.Endpoint = new Uri(address.EndsWith('/') ? address : address + "/");
        return emulator;
    }

    /// <summary>Adds (or replaces) a workspace with these SecurityAlert rows (column name → cell text).</summary>
    public void AddWorkspace(string workspaceId, IEnumerable<IReadOnlyDictionary<string, string?>> rows) =>
        workspaces[Guid.Parse(workspaceId)] = new EmulatorWorkspace(rows.Select(EmulatorAlertRow.From).ToList());

    /// <summary>Adds a workspace whose rows <see cref="LogAnalyticsEmulatorOptions.RowLoader"/> reads from the stream (NDJSON by default).</summary>
    public void AddWorkspace(string workspaceId, Stream rows) => AddWorkspace(workspaceId, Options.RowLoader.Load(rows));

    public void ClearRequests() => requests.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    internal EmulatorWorkspace? Workspace(Guid id) => workspaces.GetValueOrDefault(id);

    internal void Record(RecordedRequest request) => requests.Enqueue(request);
}
