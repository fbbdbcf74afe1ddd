using System.Diagnostics;
using System.Globalization;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>
/// Writes one line per HTTP request and one per answer (<c>--verbose</c>). It sits outside the bearer-token
/// handler, so the requests it sees carry no Authorization header; it prints no headers and no bodies anyway —
/// only the method, the URL, sizes, the status, the service's request id and the time taken.
/// </summary>
public sealed class HttpTraceHandler(Action<string> trace) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var size = request.Content?.Headers.ContentLength;
        trace(string.Create(CultureInfo.InvariantCulture, $"-> {request.Method} {request.RequestUri}{(size is { } n ? $" ({n} bytes)" : "")}"));
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var id = response.Headers.TryGetValues("x-ms-request-id", out var ids) ? " request-id " + ids.First() : "";
            trace(string.Create(CultureInfo.InvariantCulture, $"<- {(int)response.StatusCode} {response.ReasonPhrase} after {clock.ElapsedMilliseconds} ms{id}"));
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            trace(string.Create(CultureInfo.InvariantCulture, $"<- failed after {clock.ElapsedMilliseconds} ms: {e.GetType().Name}"));
            throw;
        }
    }
}
