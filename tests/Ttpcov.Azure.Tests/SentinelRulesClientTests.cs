using Ttpcov.Azure.Auth;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Azure.Sentinel;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

public sealed class SentinelRulesClientTests : IAsyncLifetime
{
    private static readonly SentinelWorkspace Workspace = new("11111111-2222-3333-4444-555555555555", "rg-soc", "law-soc");
    private readonly List<RetryNotice> _retries = [];
    private LogAnalyticsEmulator _emulator = null!;

    public async ValueTask InitializeAsync()
    {
        _emulator = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        _emulator.Arm.AddRules(Workspace.SubscriptionId, Workspace.ResourceGroup, Workspace.WorkspaceName,
        [
            Rule("r1", "Scheduled", enabled: true, "\"techniques\":[\"T1567\"],\"subTechniques\":[\"T1567.002\"]"),
            Rule("r2", "NRT", enabled: true, "\"techniques\":[\"T1098\"]"),
            Rule("r3", "Fusion", enabled: true, "\"alertRuleTemplateName\":\"f71aba3d-28fb-450b-b192-4e76a83015c8\""),
            Rule("r4", "MicrosoftSecurityIncidentCreation", enabled: true, "\"productFilter\":\"Microsoft Cloud App Security\""),
            Rule("r5", "Scheduled", enabled: false, "\"techniques\":[\"T1052\"]"),
        ]);
        _emulator.Arm.AddTemplates(Workspace.SubscriptionId, Workspace.ResourceGroup, Workspace.WorkspaceName,
        [
            """{"name":"t1","type":"Microsoft.SecurityInsights/alertRuleTemplates","kind":"Scheduled","properties":{"displayName":"Template one","techniques":["T1213"],"requiredDataConnectors":[{"connectorId":"Office365","dataTypes":["OfficeActivity"]}]}}""",
        ]);
    }

    public async ValueTask DisposeAsync() => await _emulator.DisposeAsync();

    private static string Rule(string name, string kind, bool enabled, string extra) =>
        "{\"id\":\"/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-soc/providers/Microsoft.OperationalInsights/workspaces/law-soc/providers/Microsoft.SecurityInsights/alertRules/" + name
        + "\",\"name\":\"" + name + "\",\"type\":\"Microsoft.SecurityInsights/alertRules\",\"kind\":\"" + kind
        + "\",\"properties\":{\"displayName\":\"Rule " + name + "\",\"enabled\":" + (enabled ? "true" : "false") + "," + extra + "}}";

    private SentinelRulesClient Client(string token = LiveHarness.Token, Action<SentinelRulesClientOptions>? configure = null)
    {
        var options = new SentinelRulesClientOptions
        {
            Endpoint = _emulator.Endpoint,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            RetryObserver = n => { lock (_retries) { _retries.Add(n); } },
        };
        configure?.Invoke(options);
        return SentinelRulesClient.Create(new EnvironmentTokenCredential("T", n => n == "T" ? token : null), options);
    }

    [Fact]
    public async Task All_kinds_are_listed_across_pages_with_the_preview_version()
    {
        using var client = Client();

        var listing = await client.ListAsync(Workspace, TestContext.Current.CancellationToken);

        Assert.Equal(SentinelRulesClientOptions.PreviewApiVersion, listing.ApiVersion);
        Assert.Equal(["r1", "r2", "r3", "r4", "r5"], listing.Rules.Select(r => r.Id));
        Assert.Equal(["T1567", "T1567.002"], listing.Rules[0].Techniques.Select(t => t.ToString()));
        Assert.Equal("Template one", Assert.Single(listing.Templates).Name);
        Assert.True(listing.Templates[0].IsTemplate);
        Assert.Equal(4, listing.Pages);
        Assert.Empty(listing.Notes);
        Assert.All(_emulator.Requests, r => Assert.True(r.AuthorizationMatched));
        Assert.Contains(_emulator.Requests, r => r.Path.Contains("$skipToken=4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_preview_version_falls_back_to_stable_and_says_what_is_missing()
    {
        _emulator.Arm.PreviewVersions.Clear();
        using var client = Client();

        var listing = await client.ListAsync(Workspace, TestContext.Current.CancellationToken);

        Assert.Equal(SentinelRulesClientOptions.StableApiVersion, listing.ApiVersion);
        Assert.Equal(["r1", "r3", "r4", "r5"], listing.Rules.Select(r => r.Id));
        Assert.Equal(["T1567"], listing.Rules[0].Techniques.Select(t => t.ToString()));
        Assert.Contains("no subTechniques", Assert.Single(listing.Notes), StringComparison.Ordinal);
        Assert.Equal(400, _emulator.Requests[0].Status);
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_refused_and_that_host_never_sees_a_token()
    {
        await using var other = await LogAnalyticsEmulator.StartAsync(new LogAnalyticsEmulatorOptions { Token = LiveHarness.Token }, TestContext.Current.CancellationToken);
        _emulator.Arm.NextLinkBase = other.Endpoint;
        using var client = Client();

        var error = await Assert.ThrowsAsync<SentinelRequestException>(() => client.ListAsync(Workspace, TestContext.Current.CancellationToken));

        Assert.Equal("ForeignNextLink", error.ErrorCode);
        Assert.Contains(other.Endpoint.Authority, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveHarness.Token, error.Message, StringComparison.Ordinal);
        Assert.Empty(other.Requests);
        Assert.Single(_emulator.Requests);
    }

    [Fact]
    public async Task Throttling_is_retried_after_retry_after_and_the_listing_is_complete()
    {
        _emulator.Arm.Faults.Then(EmulatorFault.Throttle("1"), 2);
        using var client = Client();

        var listing = await client.ListAsync(Workspace, TestContext.Current.CancellationToken);

        Assert.Equal(5, listing.Rules.Count);
        Assert.Equal(2, _retries.Count);
        Assert.All(_retries, r => Assert.Equal((429, TimeSpan.FromSeconds(1)), (r.Status!.Value, r.Delay)));
    }

    [Fact]
    public async Task A_wrong_token_is_a_401_that_names_the_role()
    {
        using var client = Client(token: "not-the-token");

        var error = await Assert.ThrowsAsync<SentinelRequestException>(() => client.ListAsync(Workspace, TestContext.Current.CancellationToken));

        Assert.Equal((401, "AuthenticationFailed"), (error.Status, error.ErrorCode));
        Assert.Contains("Microsoft Sentinel Reader", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_workspace_is_a_404_that_says_to_use_the_workspace_name()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<SentinelRequestException>(() => client.ListAsync(Workspace with { WorkspaceName = "nope" }, TestContext.Current.CancellationToken));

        Assert.Equal(404, error.Status);
        Assert.Contains("--workspace-name", error.Message, StringComparison.Ordinal);
    }
}
