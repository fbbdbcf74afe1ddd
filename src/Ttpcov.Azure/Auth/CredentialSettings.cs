namespace Ttpcov.Azure.Auth;

/// <summary>What <see cref="TokenCredentialFactory"/> needs. Secrets are never settings: they come from the environment.</summary>
public sealed record CredentialSettings
{
    public const string DefaultTokenVariable = "TTPCOV_ACCESS_TOKEN";

    public AuthMode Mode { get; init; } = AuthMode.Default;

    public AzureCloud Cloud { get; init; } = AzureCloud.Public;

    /// <summary>The Entra tenant to sign in to, when not the default one.</summary>
    public string? TenantId { get; init; }

    /// <summary>A user-assigned managed identity's client id; null for the system-assigned identity.</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>The environment variable holding the bearer token for <see cref="AuthMode.TokenEnv"/>.</summary>
    public string TokenVariable { get; init; } = DefaultTokenVariable;
}
