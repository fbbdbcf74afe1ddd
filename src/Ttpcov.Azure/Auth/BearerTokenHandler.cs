using System.Net;
using System.Net.Http.Headers;
using Azure.Core;

namespace Ttpcov.Azure.Auth;

/// <summary>
/// Attaches <c>Authorization: Bearer</c> to requests for one endpoint. A token goes only to the configured
/// host and port, and only over https, or over http to a loopback address (the emulator); any other request
/// fails before anything is sent. Tokens are cached until five minutes before they expire.
/// </summary>
public sealed class BearerTokenHandler : DelegatingHandler
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly TokenCredential credential;
    private readonly TokenRequestContext context;
    private readonly Uri endpoint;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken cached;

    public BearerTokenHandler(TokenCredential credential, string scope, Uri endpoint, TimeProvider? timeProvider = null)
    {
        this.credential = credential;
        this.endpoint = endpoint;
        context = new TokenRequestContext([scope]);
        time = timeProvider ?? TimeProvider.System;
        if (!IsSafeDestination(endpoint, endpoint))
        {
            throw new TokenPolicyException($"Refusing to use bearer tokens with {Describe(endpoint)}: use https, or http only to a loopback address.");
        }
    }

    /// <summary>True when a token may be sent to <paramref name="target"/>: same host and port as the endpoint, https or loopback http.</summary>
    public static bool IsSafeDestination(Uri target, Uri endpoint)
    {
        if (!target.IsAbsoluteUri || !endpoint.IsAbsoluteUri)
        {
            return false;
        }

        var sameAuthority = string.Equals(target.Host, endpoint.Host, StringComparison.OrdinalIgnoreCase) && target.Port == endpoint.Port
            && string.Equals(target.Scheme, endpoint.Scheme, StringComparison.OrdinalIgnoreCase);
        var secure = target.Scheme == Uri.UriSchemeHttps
            || (target.Scheme == Uri.UriSchemeHttp && (target.IsLoopback || (IPAddress.TryParse(target.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))));
        return sameAuthority && secure;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !IsSafeDestination(uri, endpoint))
        {
            throw new TokenPolicyException(
                $"Refusing to send a bearer token to {(request.RequestUri is null ? "a request without a URI" : Describe(request.RequestUri))}: tokens go only to {Describe(endpoint)} over https (or http to loopback).");
        }

        var token = await GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string Describe(Uri uri) => $"{uri.Scheme}://{uri.Host}:{uri.Port}";

    private async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached.Token is null || cached.ExpiresOn - RefreshMargin <= time.GetUtcNow())
            {
                cached = await credential.GetTokenAsync(context, cancellationToken);
            }

            return cached.Token;
        }
        finally
        {
            gate.Release();
        }
    }
}
