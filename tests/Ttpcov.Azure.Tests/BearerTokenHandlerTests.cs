using Ttpcov.Azure.Auth;

namespace Ttpcov.Azure.Tests;

public sealed class BearerTokenHandlerTests
{
    private const string Secret = "eyJ.secret-token.value";

    [Theory]
    [InlineData("https://api.loganalytics.azure.com", "https://api.loganalytics.azure.com/v1/workspaces/x/query")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123/v1/workspaces/x/query")]
    [InlineData("http://localhost:5123", "http://localhost:5123/v1/workspaces/x/query")]
    public async Task A_token_is_attached_for_the_configured_endpoint(string endpoint, string target)
    {
        var inner = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(Credential(), "scope/.default", new Uri(endpoint)) { InnerHandler = inner });

        using var response = await client.GetAsync(new Uri(target), TestContext.Current.CancellationToken);

        var sent = Assert.Single(inner.Requests);
        Assert.Equal("Bearer " + Secret, sent);
    }

    [Theory]
    [InlineData("https://api.loganalytics.azure.com", "https://evil.example.com/v1/workspaces/x/query")]
    [InlineData("https://api.loganalytics.azure.com", "https://api.loganalytics.azure.com:8443/v1")]
    [InlineData("https://api.loganalytics.azure.com", "http://api.loganalytics.azure.com/v1")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5124/v1")]
    public async Task A_token_is_never_sent_to_another_host_port_or_scheme(string endpoint, string target)
    {
        var inner = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(Credential(), "scope/.default", new Uri(endpoint)) { InnerHandler = inner });

        var error = await Assert.ThrowsAsync<TokenPolicyException>(() => client.GetAsync(new Uri(target), TestContext.Current.CancellationToken));

        Assert.Empty(inner.Requests);
        Assert.Contains("Refusing to send a bearer token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_to_a_remote_endpoint_is_refused_up_front()
    {
        var error = Assert.Throws<TokenPolicyException>(() => new BearerTokenHandler(Credential(), "scope/.default", new Uri("http://10.0.0.5:8080")));

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_is_reused_until_it_nears_expiry()
    {
        var current = Secret;
        var inner = new RecordingHandler();
        using var client = new HttpClient(new BearerTokenHandler(new EnvironmentTokenCredential("T", _ => current), "s", new Uri("https://h")) { InnerHandler = inner });

        using (await client.GetAsync(new Uri("https://h/a"), TestContext.Current.CancellationToken))
        {
        }

        current = "a-newer-token";
        using (await client.GetAsync(new Uri("https://h/b"), TestContext.Current.CancellationToken))
        {
        }

        Assert.Equal(["Bearer " + Secret, "Bearer " + Secret], inner.Requests);
    }

    private static EnvironmentTokenCredential Credential() => new("TTPCOV_ACCESS_TOKEN", _ => Secret);

    /// <summary>Records the Authorization header of each request that reached the transport.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string?> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.Headers.Authorization?.ToString());
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
