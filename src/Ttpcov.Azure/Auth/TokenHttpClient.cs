using System.Net;
using Azure.Core;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Auth;

/// <summary>
/// The HttpClient every Azure client of ttpcov uses: redirects off (a token never follows one), gzip, a
/// <see cref="BearerTokenHandler"/> bound to the one endpoint, and optionally the <c>--verbose</c> trace outside it.
/// </summary>
public static class TokenHttpClient
{
    public static HttpClient Create(TokenCredential credential, string scope, Uri endpoint, TimeSpan timeout, Action<string>? trace = null)
    {
        var transport = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        HttpMessageHandler handler = new BearerTokenHandler(credential, scope, endpoint) { InnerHandler = transport };
        if (trace is not null)
        {
            handler = new HttpTraceHandler(trace) { InnerHandler = handler };
        }

        return new HttpClient(handler) { Timeout = timeout };
    }
}
