namespace Ttpcov.Azure.LogAnalytics;

/// <summary>Settings of <see cref="LogAnalyticsClient"/>: where to send, how long the server may run, how to retry.</summary>
public sealed class LogAnalyticsClientOptions
{
    /// <summary>The query host, e.g. <c>https://api.loganalytics.azure.com</c> or a loopback emulator.</summary>
    public Uri Endpoint { get; set; } = AzureCloud.Public.QueryEndpoint;

    /// <summary>The token scope; for the public cloud it is <c>https://api.loganalytics.io/.default</c>, not the host.</summary>
    public string Scope { get; set; } = AzureCloud.Public.QueryScope;

    /// <summary>The server-side time limit sent as <c>Prefer: wait=N</c> (at most 600 s).</summary>
    public TimeSpan ServerTimeout { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>Attempts per query, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first backoff delay when the service gives no <c>Retry-After</c>; it doubles per attempt, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts, <c>Retry-After</c> included.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Called before each retry (for progress output); never given a token.</summary>
    public Action<RetryNotice>? RetryObserver { get; set; }

    /// <summary>Receives one line per request and answer when set (<c>--verbose</c>); see <see cref="HttpTraceHandler"/>.</summary>
    public Action<string>? Trace { get; set; }

    /// <summary>The <c>HttpClient.Timeout</c> the client needs: the server's limit plus 60 s.</summary>
    public TimeSpan HttpTimeout => ServerTimeout + TimeSpan.FromSeconds(60);
}
