using System.Net;
using Polly;
using Polly.Retry;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>
/// The retry strategy of <see cref="LogAnalyticsClient"/>: 429, 500, 502, 503 and transient network errors (a
/// body cut short included) are retried with exponential backoff and jitter, honouring <c>Retry-After</c>;
/// 400/401/403/404 and 504 are not (a 504 is answered by splitting the time slice, not by repeating it).
/// </summary>
internal static class LogAnalyticsRetryPipeline
{
    public static readonly ResiliencePropertyKey<QueryStatistics?> StatisticsKey = new("ttpcov.query-statistics");

    public static ResiliencePipeline<HttpResponseMessage> Build(LogAnalyticsClientOptions options, TimeProvider timeProvider)
    {
        if (options.MaxAttempts <= 1)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider, options.MaxRetryDelay)),
            OnRetry = args =>
            {
                if (args.Context.Properties.TryGetValue(StatisticsKey, out var statistics))
                {
                    statistics?.AddRetry();
                }

                options.RetryObserver?.Invoke(new RetryNotice(
                    args.AttemptNumber + 1,
                    args.RetryDelay,
                    args.Outcome.Result is { } response ? (int)response.StatusCode : null,
                    args.Outcome.Exception?.GetType().Name));
                return default;
            },
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }.AddRetry(retry).Build();
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or IOException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests
            or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable,
        _ => false,
    };

    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? delay = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow(),
            _ => null,
        };
        return delay is { } d ? TimeSpan.FromTicks(Math.Clamp(d.Ticks, 0, max.Ticks)) : null;
    }
}
