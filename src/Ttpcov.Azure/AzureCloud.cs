namespace Ttpcov.Azure;

/// <summary>
/// The hosts and token scopes of one Azure cloud. The query host and the query token audience are separate
/// settings because they differ in the public cloud (host <c>api.loganalytics.azure.com</c>, audience
/// <c>api.loganalytics.io</c>).
/// </summary>
public sealed record AzureCloud(
    string Name,
    Uri QueryEndpoint,
    string QueryScope,
    Uri ArmEndpoint,
    string ArmScope,
    Uri AuthorityHost)
{
    public static AzureCloud Public { get; } = new(
        "public",
        new Uri("https://api.loganalytics.azure.com"),
        "https://api.loganalytics.io/.default",
        new Uri("https://management.azure.com"),
        "https://management.azure.com/.default",
        new Uri("https://login.microsoftonline.com/"));

    public static AzureCloud UsGov { get; } = new(
        "usgov",
        new Uri("https://api.loganalytics.us"),
        "https://api.loganalytics.us/.default",
        new Uri("https://management.usgovcloudapi.net"),
        "https://management.usgovcloudapi.net/.default",
        new Uri("https://login.microsoftonline.us/"));

    public static AzureCloud China { get; } = new(
        "china",
        new Uri("https://api.loganalytics.azure.cn"),
        "https://api.loganalytics.azure.cn/.default",
        new Uri("https://management.chinacloudapi.cn"),
        "https://management.chinacloudapi.cn/.default",
        new Uri("https://login.chinacloudapi.cn/"));

    public static IReadOnlyList<AzureCloud> All { get; } = [Public, UsGov, China];

    /// <summary>Parses <c>public</c>, <c>usgov</c> or <c>china</c> (case-insensitive).</summary>
    public static AzureCloud Parse(string name) =>
        TryParse(name, out var cloud)
            ? cloud
            : throw new ArgumentException($"Unknown cloud '{name}': use public, usgov or china.", nameof(name));

    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AzureCloud? cloud)
    {
        cloud = All.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return cloud is not null;
    }

    public override string ToString() => Name;
}
