using System.CommandLine;
using Azure.Core;
using Ttpcov.Azure;
using Ttpcov.Azure.Auth;

namespace Ttpcov.Cli.Input;

/// <summary>
/// How to sign in to Azure, shared by everything live in one command (the query API and the Sentinel ARM API):
/// <c>--auth</c>, <c>--cloud</c>, <c>--tenant</c>, <c>--token-env</c>, <c>--managed-identity-client-id</c>.
/// Secrets are never options: they come from the environment.
/// </summary>
internal sealed class SignInOptions
{
    private readonly Option<string> _auth = new("--auth") { Description = $"How to sign in: {string.Join(", ", TokenCredentialFactory.ModeNames)}.", DefaultValueFactory = _ => "default" };
    private readonly Option<string> _cloud = new("--cloud") { Description = "Azure cloud: public, usgov or china.", DefaultValueFactory = _ => "public" };
    private readonly Option<string> _tokenEnv = new("--token-env") { Description = "With --auth token-env: the environment variable holding a bearer token.", DefaultValueFactory = _ => CredentialSettings.DefaultTokenVariable };
    private readonly Option<string?> _tenant = new("--tenant") { Description = "Entra tenant ID for the credential (optional)." };
    private readonly Option<string?> _managedIdentity = new("--managed-identity-client-id") { Description = "Client ID of a user-assigned managed identity." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _auth, _cloud, _tokenEnv, _tenant, _managedIdentity })
        {
            command.Options.Add(option);
        }

        _auth.AcceptOnlyFromAmong([.. TokenCredentialFactory.ModeNames]);
        _cloud.AcceptOnlyFromAmong("public", "usgov", "china");
    }

    public AzureCloud Cloud(ParseResult parseResult) => AzureCloud.Parse(parseResult.GetValue(_cloud)!);

    public TokenCredential CreateCredential(ParseResult parseResult) => TokenCredentialFactory.Create(new CredentialSettings
    {
        Mode = TokenCredentialFactory.ParseMode(parseResult.GetValue(_auth)!),
        Cloud = Cloud(parseResult),
        TenantId = parseResult.GetValue(_tenant),
        ManagedIdentityClientId = parseResult.GetValue(_managedIdentity),
        TokenVariable = parseResult.GetValue(_tokenEnv)!,
    });
}
