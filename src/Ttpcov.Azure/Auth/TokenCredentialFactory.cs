using Azure.Core;
using Azure.Identity;

namespace Ttpcov.Azure.Auth;

/// <summary>Builds the Azure.Identity credential for an <see cref="AuthMode"/>, pointed at the cloud's authority host.</summary>
public static class TokenCredentialFactory
{
    public static IReadOnlyList<string> ModeNames { get; } =
        ["default", "cli", "managed-identity", "workload-identity", "client-secret", "device-code", "token-env"];

    /// <summary>Parses an <c>--auth</c> value such as <c>managed-identity</c> or <c>token-env</c>.</summary>
    public static AuthMode ParseMode(string value)
    {
        var index = ModeNames.ToList().FindIndex(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? (AuthMode)index
            : throw new ArgumentException($"Unknown --auth '{value}': use one of {string.Join(", ", ModeNames)}.", nameof(value));
    }

    /// <param name="settings">The mode, cloud and non-secret identifiers.</param>
    /// <param name="environment">Reads an environment variable; defaults to the process environment.</param>
    public static TokenCredential Create(CredentialSettings settings, Func<string, string?>? environment = null)
    {
        var env = environment ?? Environment.GetEnvironmentVariable;
        var authority = settings.Cloud.AuthorityHost;
        return settings.Mode switch
        {
            AuthMode.Default => new DefaultAzureCredential(new DefaultAzureCredentialOptions { AuthorityHost = authority, TenantId = settings.TenantId }),
            AuthMode.Cli => new AzureCliCredential(new AzureCliCredentialOptions { AuthorityHost = authority, TenantId = settings.TenantId }),
            AuthMode.ManagedIdentity => new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(
                settings.ManagedIdentityClientId is { Length: > 0 } id ? ManagedIdentityId.FromUserAssignedClientId(id) : ManagedIdentityId.SystemAssigned)
            { AuthorityHost = authority }),
            AuthMode.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions { AuthorityHost = authority, TenantId = settings.TenantId }),
            AuthMode.ClientSecret => ClientSecret(settings, env),
            AuthMode.DeviceCode => new DeviceCodeCredential(new DeviceCodeCredentialOptions { AuthorityHost = authority, TenantId = settings.TenantId }),
            AuthMode.TokenEnv => new EnvironmentTokenCredential(settings.TokenVariable, env),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Mode, "Unknown authentication mode."),
        };
    }

    private static ClientSecretCredential ClientSecret(CredentialSettings settings, Func<string, string?> env)
    {
        string[] names = ["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"];
        var missing = names.Where(n => string.IsNullOrWhiteSpace(env(n))).ToList();
        if (missing.Count > 0)
        {
            throw new TokenPolicyException(
                $"--auth client-secret reads AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET from the environment; missing: {string.Join(", ", missing)}.");
        }

        return new ClientSecretCredential(
            settings.TenantId ?? env(names[0]), env(names[1]), env(names[2]),
            new ClientSecretCredentialOptions { AuthorityHost = settings.Cloud.AuthorityHost });
    }
}
