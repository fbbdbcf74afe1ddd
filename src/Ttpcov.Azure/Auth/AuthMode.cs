namespace Ttpcov.Azure.Auth;

/// <summary>How the tool obtains tokens (<c>--auth</c>).</summary>
public enum AuthMode
{
    /// <summary>Azure.Identity's DefaultAzureCredential chain.</summary>
    Default,

    /// <summary>The Azure CLI's signed-in account (<c>az login</c>).</summary>
    Cli,

    /// <summary>A managed identity: system-assigned, or user-assigned by client id.</summary>
    ManagedIdentity,

    /// <summary>Workload identity federation (AZURE_FEDERATED_TOKEN_FILE, AZURE_CLIENT_ID, AZURE_TENANT_ID).</summary>
    WorkloadIdentity,

    /// <summary>A service principal secret read from AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET.</summary>
    ClientSecret,

    /// <summary>Interactive sign-in with a device code.</summary>
    DeviceCode,

    /// <summary>A bearer token taken as-is from an environment variable (for CI and the loopback emulator).</summary>
    TokenEnv,
}
