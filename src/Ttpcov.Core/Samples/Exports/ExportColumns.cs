namespace Ttpcov.Core.Samples.Exports;

/// <summary>
/// The SecurityAlert columns of a real export, in table order (as in the SecRL sample, without its extra <c>rn</c>),
/// and the portal CSV header of each: datetime columns carry <c>" [UTC]"</c>.
/// </summary>
internal static class ExportColumns
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "TenantId", "TimeGenerated", "DisplayName", "AlertName", "AlertSeverity", "Description", "ProviderName",
        "VendorName", "VendorOriginalId", "SystemAlertId", "ResourceId", "SourceComputerId", "AlertType",
        "ConfidenceLevel", "ConfidenceScore", "IsIncident", "StartTime", "EndTime", "ProcessingEndTime",
        "RemediationSteps", "ExtendedProperties", "Entities", "SourceSystem", "WorkspaceSubscriptionId",
        "WorkspaceResourceGroup", "ExtendedLinks", "ProductName", "ProductComponentName", "AlertLink", "Status",
        "CompromisedEntity", "Tactics", "Techniques", "SubTechniques", "Type",
    ];

    /// <summary>Columns whose cells are not strings in the query API (<c>bool</c>, <c>real</c>).</summary>
    public static int IsIncident { get; } = Index("IsIncident");

    public static int ConfidenceScore { get; } = Index("ConfidenceScore");

    public static string PortalHeader(string name) =>
        name is "TimeGenerated" or "StartTime" or "EndTime" or "ProcessingEndTime" ? name + " [UTC]" : name;

    public static string ApiType(int index) =>
        index == IsIncident ? "bool" : index == ConfidenceScore ? "real"
        : Names[index] is "TimeGenerated" or "StartTime" or "EndTime" or "ProcessingEndTime" ? "datetime" : "string";

    private static int Index(string name) => Names.ToList().IndexOf(name);
}
