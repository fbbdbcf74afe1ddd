using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Sentinel;

/// <summary>Settings of <see cref="SentinelRulesClient"/>: where to send, which api-versions, how to retry.</summary>
public sealed class SentinelRulesClientOptions
{
    /// <summary>The preview version: the only kind that returns NRT rules and <c>subTechniques</c> (sentinel-api.md §4.1).</summary>
    public const string PreviewApiVersion = "2025-07-01-preview";

    /// <summary>The latest stable version, used when the preview version is refused.</summary>
    public const string StableApiVersion = "2025-12-01";

    /// <summary>The ARM host, e.g. <c>https://management.azure.com</c> or a loopback emulator.</summary>
    public Uri Endpoint { get; set; } = AzureCloud.Public.ArmEndpoint;

    /// <summary>The ARM token scope.</summary>
    public string Scope { get; set; } = AzureCloud.Public.ArmScope;

    public string ApiVersion { get; set; } = PreviewApiVersion;

    /// <summary>Tried once when <see cref="ApiVersion"/> is answered 400 <c>InvalidApiVersionParameter</c>; null to never fall back.</summary>
    public string? FallbackApiVersion { get; set; } = StableApiVersion;

    /// <summary>Attempts per page, the first included (429, 500, 502, 503 and network errors are retried).</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Called before each retry; never given a token.</summary>
    public Action<RetryNotice>? RetryObserver { get; set; }

    /// <summary>A guard against a service that pages forever.</summary>
    public int MaxPages { get; set; } = 10_000;

    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(100);

    internal LogAnalyticsClientOptions RetryOptions() =>
        new() { MaxAttempts = MaxAttempts, RetryDelay = RetryDelay, MaxRetryDelay = MaxRetryDelay, RetryObserver = RetryObserver };
}
