using System.Net.Http.Headers;
using Ttpcov.Azure.Auth;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

public sealed class AuthorizationErrorTests
{
    [Fact]
    public async Task A_request_without_a_token_fails_401_naming_the_roles_to_grant()
    {
        await using var emulator = await StartEmulatorAsync();
        using var http = new HttpClient();
        using var client = new LogAnalyticsClient(http, new LogAnalyticsClientOptions { Endpoint = emulator.Endpoint });

        var error = await Assert.ThrowsAsync<LogAnalyticsRequestException>(() => client.QueryAsync(LiveHarness.WorkspaceA, "// ttpcov:rows-v1", "P1D", TestContext.Current.CancellationToken));

        Assert.Equal(401, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
        Assert.Contains("grant Log Analytics Reader or Microsoft Sentinel Reader on the workspace", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a-token-the-service-rejects", "InvalidAuthenticationToken", "Microsoft Sentinel Reader")]
    [InlineData("wrong-audience-token", "InvalidAuthenticationTokenAudience", "token audience is wrong")]
    public async Task A_rejected_token_fails_403_with_a_message_that_says_what_to_fix(string token, string code, string hint)
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientWithToken(emulator, token);

        var error = await Assert.ThrowsAsync<LogAnalyticsRequestException>(() => client.QueryAsync(LiveHarness.WorkspaceA, "// ttpcov:rows-v1", "P1D", TestContext.Current.CancellationToken));

        Assert.Equal(403, error.Status);
        Assert.Equal(code, error.ErrorCode);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
        Assert.Single(emulator.Requests);
    }

    [Fact]
    public async Task A_workspace_the_identity_may_not_read_fails_403_naming_the_workspace_and_roles()
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientWithToken(emulator, LiveHarness.Token);

        var error = await Assert.ThrowsAsync<LogAnalyticsRequestException>(() => client.QueryAsync(LiveHarness.WorkspaceB, "// ttpcov:rows-v1", "P1D", TestContext.Current.CancellationToken));

        Assert.Equal("InsufficientAccessError", error.ErrorCode);
        Assert.Contains(LiveHarness.WorkspaceB, error.Message, StringComparison.Ordinal);
        Assert.Contains("Log Analytics Reader", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveHarness.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_200_is_reported_as_a_client_bug_not_as_no_alerts()
    {
        await using var emulator = await StartEmulatorAsync();
        using var http = new HttpClient(new ContentTypeRemover(LiveHarness.Token) { InnerHandler = new HttpClientHandler() });
        using var client = new LogAnalyticsClient(http, new LogAnalyticsClientOptions { Endpoint = emulator.Endpoint });

        var error = await Assert.ThrowsAsync<LogAnalyticsRequestException>(() => client.QueryAsync(LiveHarness.WorkspaceA, "// ttpcov:rows-v1", "P1D", TestContext.Current.CancellationToken));

        Assert.Equal(200, error.Status);
        Assert.Contains("empty response (client bug: missing JSON body?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emulator_answers_a_wrong_path_with_404()
    {
        await using var emulator = await StartEmulatorAsync();
        using var http = new HttpClient();
        using var content = new StringContent("{}", new MediaTypeHeaderValue("application/json"));

        using var response = await http.PostAsync(new Uri(emulator.Endpoint, "v1/workspaces/not-a-guid/query"), content, TestContext.Current.CancellationToken);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("PathNotFoundError", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<LogAnalyticsEmulator> StartEmulatorAsync()
    {
        var emulator = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        emulator.AddWorkspace(LiveHarness.WorkspaceA, [SyntheticAlerts.Simple("a", LiveHarness.Start, "[\"T1530\"]", LiveHarness.WorkspaceA)]);
        return emulator;
    }

    private static LogAnalyticsClient ClientWithToken(LogAnalyticsEmulator emulator, string token) =>
        LogAnalyticsClient.Create(
            new EnvironmentTokenCredential("TOKEN", _ => token),
            new LogAnalyticsClientOptions { Endpoint = emulator.Endpoint, MaxAttempts = 1 });

    /// <summary>Sends the token but drops the Content-Type header, as a buggy client would.</summary>
    private sealed class ContentTypeRemover(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Content!.Headers.ContentType = null;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
