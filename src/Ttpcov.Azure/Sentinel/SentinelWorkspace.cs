namespace Ttpcov.Azure.Sentinel;

/// <summary>A Sentinel workspace as ARM names it: subscription, resource group and workspace <b>name</b> (not its GUID).</summary>
public sealed record SentinelWorkspace(string SubscriptionId, string ResourceGroup, string WorkspaceName)
{
    /// <summary>The path of a Sentinel collection, e.g. <c>alertRules</c>, relative to the ARM endpoint.</summary>
    public string CollectionPath(string collection) =>
        $"subscriptions/{Uri.EscapeDataString(SubscriptionId)}/resourceGroups/{Uri.EscapeDataString(ResourceGroup)}"
        + $"/providers/Microsoft.OperationalInsights/workspaces/{Uri.EscapeDataString(WorkspaceName)}/providers/Microsoft.SecurityInsights/{collection}";

    public override string ToString() => $"{SubscriptionId}/{ResourceGroup}/{WorkspaceName}";
}
