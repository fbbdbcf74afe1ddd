using System.CommandLine;
using Ttpcov.Azure;
using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.Auth;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Cli.Input;

/// <summary>
/// The options of the live path, shared by <c>coverage</c> and <c>pull</c>: which workspaces, how to authenticate,
/// which cloud or endpoint, and how to query. Secrets are never options: they come from the environment.
/// </summary>
internal sealed class LiveOptions
{
    public const int DefaultDays = 90;

    private readonly Option<string[]> _workspaces = new("--workspace", "-w") { Description = "Log Analytics workspace GUID (the workspace's customerId / \"Workspace ID\"). Repeatable or comma-separated." };
    private readonly Option<string> _auth = new("--auth") { Description = $"How to sign in: {string.Join(", ", TokenCredentialFactory.ModeNames)}.", DefaultValueFactory = _ => "default" };
    private readonly Option<string> _cloud = new("--cloud") { Description = "Azure cloud: public, usgov or china.", DefaultValueFactory = _ => "public" };
    private readonly Option<string?> _endpoint = new("--endpoint") { Description = "Query endpoint to use instead of the cloud's (a proxy, a private link, the emulator)." };
    private readonly Option<string> _tokenEnv = new("--token-env") { Description = "With --auth token-env: the environment variable holding a bearer token.", DefaultValueFactory = _ => CredentialSettings.DefaultTokenVariable };
    private readonly Option<string?> _tenant = new("--tenant") { Description = "Entra tenant ID for the credential (optional)." };
    private readonly Option<string?> _managedIdentity = new("--managed-identity-client-id") { Description = "Client ID of a user-assigned managed identity." };
    private readonly Option<AlertQueryMode> _mode = new("--query-mode") { Description = "groups: the service groups alerts and sends one row per group (default; bytes do not grow with alerts). rows: one row per alert.", DefaultValueFactory = _ => AlertQueryMode.Groups };

    public void AddTo(Command command, bool withQueryMode = true)
    {
        foreach (var option in new Option[] { _workspaces, _auth, _cloud, _endpoint, _tokenEnv, _tenant, _managedIdentity })
        {
            command.Options.Add(option);
        }

        if (withQueryMode)
        {
            command.Options.Add(_mode);
        }

        _auth.AcceptOnlyFromAmong([.. TokenCredentialFactory.ModeNames]);
        _cloud.AcceptOnlyFromAmong("public", "usgov", "china");
    }

    public IReadOnlyList<string> Workspaces(ParseResult parseResult)
    {
        var workspaces = (parseResult.GetValue(_workspaces) ?? [])
            .SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var notGuid = workspaces.FirstOrDefault(w => !Guid.TryParse(w, out _));
        return notGuid is null
            ? workspaces
            : throw new InputException($"--workspace '{notGuid}' is not a workspace GUID: use the workspace's \"Workspace ID\" (customerId), not its name");
    }

    public AlertQueryMode Mode(ParseResult parseResult) => parseResult.GetValue(_mode);

    private Uri? Endpoint(ParseResult parseResult) => parseResult.GetValue(_endpoint) switch
    {
        null => null,
        var text when Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) => uri,
        var text => throw new InputException($"--endpoint '{text}' is not an http(s) URL"),
    };

    /// <summary>Builds the client the live path uses; the caller disposes it.</summary>
    public LogAnalyticsClient CreateClient(ParseResult parseResult)
    {
        var cloud = AzureCloud.Parse(parseResult.GetValue(_cloud)!);
        var credential = TokenCredentialFactory.Create(new CredentialSettings
        {
            Mode = TokenCredentialFactory.ParseMode(parseResult.GetValue(_auth)!),
            Cloud = cloud,
            TenantId = parseResult.GetValue(_tenant),
            ManagedIdentityClientId = parseResult.GetValue(_managedIdentity),
            TokenVariable = parseResult.GetValue(_tokenEnv)!,
        });
        return LogAnalyticsClient.Create(credential, new LogAnalyticsClientOptions
        {
            Endpoint = Endpoint(parseResult) ?? cloud.QueryEndpoint,
            Scope = cloud.QueryScope,
        });
    }
}
