using System.Net;
using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.Auth;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

/// <summary>Where a token may go, checked through the real HttpClient stack against two loopback emulators.</summary>
public sealed class TokenDestinationTests
{
    [Fact]
    public async Task Even_a_client_that_follows_redirects_never_carries_the_token_to_another_host()
    {
        await using var endpoint = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        await using var other = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        endpoint.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        other.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        endpoint.Faults.Always(EmulatorFault.Redirect(307, new Uri(other.Endpoint, $"v1/workspaces/{LiveHarness.WorkspaceA}/query").ToString()));
        using var client = Client(endpoint.Endpoint, new SocketsHttpHandler { AllowAutoRedirect = true }, TimeSpan.FromSeconds(100));

        await Assert.ThrowsAsync<LogAnalyticsRequestException>(() => client.QueryAsync(LiveHarness.WorkspaceA, "// ttpcov:rows-v1\nSecurityAlert", "P1D", TestContext.Current.CancellationToken));

        Assert.All(other.Requests, r => Assert.False(r.HadAuthorization));
        Assert.True(endpoint.Requests[0].AuthorizationMatched);
    }

    [Fact]
    public async Task A_request_for_another_host_through_the_token_client_fails_before_anything_is_sent()
    {
        await using var endpoint = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        await using var other = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        using var http = new HttpClient(new BearerTokenHandler(Credential(), "s", endpoint.Endpoint) { InnerHandler = new SocketsHttpHandler() });

        await Assert.ThrowsAsync<TokenPolicyException>(() => http.PostAsync(new Uri(other.Endpoint, "v1/workspaces/x/query"), new StringContent("{}"), TestContext.Current.CancellationToken));

        Assert.Empty(other.Requests);
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("ftp://127.0.0.1/")]
    public void A_plain_http_endpoint_that_is_not_loopback_is_refused_up_front(string endpoint) =>
        Assert.Throws<TokenPolicyException>(() => new BearerTokenHandler(Credential(), "s", new Uri(endpoint)));

    [Fact]
    public async Task A_server_slower_than_the_client_timeout_fails_with_a_typed_network_error()
    {
        await using var endpoint = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        endpoint.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(5, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
        endpoint.Faults.Always(EmulatorFault.Slow(TimeSpan.FromSeconds(5)));
        using var client = Client(endpoint.Endpoint, new SocketsHttpHandler(), TimeSpan.FromSeconds(1));
        var source = new SentinelAlertSource(client);

        var error = await Assert.ThrowsAsync<LogAnalyticsRequestException>(async () =>
        {
            await foreach (var unused in source.ReadAsync([LiveHarness.WorkspaceA], LiveHarness.Window, AlertQueryMode.Rows, TestContext.Current.CancellationToken))
            {
            }
        });

        Assert.Equal(0, error.Status);
        Assert.Contains("no answer within 1 s", error.Message, StringComparison.Ordinal);
    }

    private static EnvironmentTokenCredential Credential() => new("T", _ => LiveHarness.Token);

    private static LogAnalyticsClient Client(Uri endpoint, SocketsHttpHandler transport, TimeSpan timeout)
    {
        var options = new LogAnalyticsClientOptions { Endpoint = endpoint, MaxAttempts = 1 };
        var http = new HttpClient(new BearerTokenHandler(Credential(), options.Scope, endpoint) { InnerHandler = transport }) { Timeout = timeout };
        return new LogAnalyticsClient(http, options);
    }
}
