using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Core;
using Polly;
using Ttpcov.Azure.Auth;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>
/// A client of the Log Analytics query API (<c>POST {endpoint}/v1/workspaces/{guid}/query</c>). It accepts an
/// answer only when it is complete: status 200, a non-empty body, a <c>tables</c> array and no <c>error</c>;
/// 204 is an empty workspace. Transient failures are retried (see <see cref="LogAnalyticsRetryPipeline"/>).
/// </summary>
public sealed class LogAnalyticsClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient http;
    private readonly bool ownsHttpClient;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    /// <summary>Uses <paramref name="httpClient"/> as given: it must attach the token (see <see cref="BearerTokenHandler"/>).</summary>
    public LogAnalyticsClient(HttpClient httpClient, LogAnalyticsClientOptions options)
        : this(httpClient, options, ownsHttpClient: false, TimeProvider.System)
    {
    }

    private LogAnalyticsClient(HttpClient httpClient, LogAnalyticsClientOptions options, bool ownsHttpClient, TimeProvider timeProvider)
    {
        http = httpClient;
        Options = options;
        this.ownsHttpClient = ownsHttpClient;
        pipeline = LogAnalyticsRetryPipeline.Build(options, timeProvider);
    }

    public LogAnalyticsClientOptions Options { get; }

    /// <summary>
    /// A client with its own <see cref="HttpClient"/>: gzip on, redirects off, a <see cref="BearerTokenHandler"/>
    /// bound to <see cref="LogAnalyticsClientOptions.Endpoint"/>, and a timeout above the server's.
    /// </summary>
    public static LogAnalyticsClient Create(TokenCredential credential, LogAnalyticsClientOptions options) =>
        new(TokenHttpClient.Create(credential, options.Scope, options.Endpoint, options.HttpTimeout, options.Trace), options, ownsHttpClient: true, TimeProvider.System);

    public Task<LogsQueryResult> QueryAsync(string workspaceId, string query, QueryTimeRange timeRange, CancellationToken cancellationToken = default) =>
        QueryAsync(workspaceId, query, timeRange.ToTimespan(), null, cancellationToken);

    public Task<LogsQueryResult> QueryAsync(string workspaceId, string query, string? timespan, CancellationToken cancellationToken = default) =>
        QueryAsync(workspaceId, query, timespan, null, cancellationToken);

    /// <summary>Runs <paramref name="query"/> over <paramref name="timespan"/> (ISO-8601 duration or interval; null = all data).</summary>
    /// <exception cref="LogAnalyticsPartialResultException">The answer was incomplete (HTTP 200 with <c>error</c>).</exception>
    /// <exception cref="LogAnalyticsRequestException">Any other failure, after the retries.</exception>
    public async Task<LogsQueryResult> QueryAsync(
        string workspaceId, string query, string? timespan, QueryStatistics? statistics, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(workspaceId, out var workspaceGuid))
        {
            throw new ArgumentException($"'{workspaceId}' is not a workspace GUID (the workspace's customerId).", nameof(workspaceId));
        }

        var uri = new Uri(Options.Endpoint, $"v1/workspaces/{workspaceGuid:D}/query");
        var body = JsonSerializer.SerializeToUtf8Bytes(new QueryBody(query, timespan), QueryBodyContext.Default.QueryBody);
        var attempt = new QueryAttempt(http, uri, body, Options, statistics);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(LogAnalyticsRetryPipeline.StatisticsKey, statistics);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(static (ctx, a) => a.SendAsync(ctx.CancellationToken), context, attempt);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw LogAnalyticsExceptionFactory.Network(ex, workspaceId, attempt.ClientRequestId, attempt.Count);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw LogAnalyticsExceptionFactory.Network(new TimeoutException($"no answer within {http.Timeout.TotalSeconds:0} s", ex), workspaceId, attempt.ClientRequestId, attempt.Count);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            return Interpret(response, attempt.Body, workspaceId, attempt.ClientRequestId);
        }
    }

    public void Dispose()
    {
        if (ownsHttpClient)
        {
            http.Dispose();
        }
    }

    private LogsQueryResult Interpret(HttpResponseMessage response, byte[] body, string workspaceId, string? clientRequestId)
    {
        var status = (int)response.StatusCode;
        var requestId = LogAnalyticsExceptionFactory.RequestId(response.Headers);
        if (status == 204)
        {
            return new LogsQueryResult([], body.Length, requestId);
        }

        if (status != 200)
        {
            throw LogAnalyticsExceptionFactory.FromStatus(status, body, requestId, clientRequestId, workspaceId, Options.Scope);
        }

        if (body.Length == 0)
        {
            throw LogAnalyticsExceptionFactory.Invalid("empty response (client bug: missing JSON body?)", status, requestId, clientRequestId, workspaceId);
        }

        try
        {
            var (tables, error) = LogsResponseParser.Parse(body);
            return error is null
                ? new LogsQueryResult(tables, body.Length, requestId)
                : throw LogAnalyticsExceptionFactory.Partial(error, requestId, clientRequestId, workspaceId);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: valid JSON with a wrong type where the parser expects an object, array or string.
            throw LogAnalyticsExceptionFactory.Invalid($"the answer is not a query result: {ex.Message}", status, requestId, clientRequestId, workspaceId, ex);
        }
    }

    /// <summary>One logical query: each call of <see cref="SendAsync"/> is an attempt that reads the whole body.</summary>
    private sealed class QueryAttempt(HttpClient http, Uri uri, byte[] requestBody, LogAnalyticsClientOptions options, QueryStatistics? statistics)
    {
        public int Count { get; private set; }

        public string? ClientRequestId { get; private set; }

        public byte[] Body { get; private set; } = [];

        public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            Count++;
            ClientRequestId = Guid.NewGuid().ToString("D");
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(requestBody) };
            request.Content.Headers.ContentType = Json;
            request.Headers.Add("Prefer", string.Create(CultureInfo.InvariantCulture, $"wait={(int)options.ServerTimeout.TotalSeconds}"));
            request.Headers.Add("x-ms-client-request-id", ClientRequestId);
            request.Headers.Add("x-ms-app", "ttpcov");
            statistics?.AddRequest();
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            try
            {
                Body = await ReadBodyAsync(response.Content, cancellationToken);
                return response;
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private async Task<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                statistics?.AddBytes(read);
            }

            return buffer.ToArray();
        }
    }
}
