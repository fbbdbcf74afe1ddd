using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.Auth;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Core.Alerts;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

/// <summary>A loopback emulator and a real client talking to it over HTTP, authenticated with a token-env credential.</summary>
internal sealed class LiveHarness : IAsyncDisposable
{
    public const string Token = "test-token-7c1f9e2b4d";
    public const string WorkspaceA = "7f3c0d2e-1111-4a4a-9b9b-0123456789ab";
    public const string WorkspaceB = "9a8b7c6d-0000-4000-8000-00000000bbbb";

    public static readonly DateTimeOffset Start = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private LiveHarness(LogAnalyticsEmulator emulator, LogAnalyticsClient client, List<RetryNotice> retries)
    {
        Emulator = emulator;
        Client = client;
        Retries = retries;
    }

    /// <summary>A window that holds every synthetic row generated from <see cref="Start"/> over 30 days.</summary>
    public static QueryTimeRange Window { get; } = new(Start.AddDays(-1), Start.AddDays(32));

    public LogAnalyticsEmulator Emulator { get; }

    public LogAnalyticsClient Client { get; }

    public List<RetryNotice> Retries { get; }

    public static async Task<LiveHarness> StartAsync(int rowCap = 500_000, Action<LogAnalyticsClientOptions>? configure = null)
    {
        var emulator = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = Token, RowCap = rowCap }, TestContext.Current.CancellationToken);
        var retries = new List<RetryNotice>();
        var options = new LogAnalyticsClientOptions
        {
            Endpoint = emulator.Endpoint,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            RetryObserver = n => { lock (retries) { retries.Add(n); } },
        };
        configure?.Invoke(options);
        var credential = new EnvironmentTokenCredential("TTPCOV_TEST_TOKEN", name => name == "TTPCOV_TEST_TOKEN" ? Token : null);
        return new LiveHarness(emulator, LogAnalyticsClient.Create(credential, options), retries);
    }

    public SentinelAlertSource Source(SentinelAlertSourceOptions? options = null) => new(Client, options);

    public async Task<List<AlertRecord>> ReadAsync(AlertQueryMode mode, SentinelAlertSource? source = null, params string[] workspaces)
    {
        source ??= Source();
        var records = new List<AlertRecord>();
        await foreach (var record in source.ReadAsync(workspaces.Length == 0 ? [WorkspaceA] : workspaces, Window, mode, TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
