namespace Ttpcov.Core.Alerts;

/// <summary>
/// Maps column names of every schema generation and export onto <see cref="AlertField"/>: case-insensitive,
/// with the portal's <c>" [UTC]"</c>-style suffix removed. Unknown columns map to <see cref="AlertField.None"/>.
/// </summary>
public static class AlertColumns
{
    private static readonly Dictionary<string, AlertField> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SystemAlertId"] = AlertField.SystemAlertId,
        ["TimeGenerated"] = AlertField.TimeGenerated,
        ["StartTime"] = AlertField.StartTime,
        ["StartTimeUtc"] = AlertField.StartTime,
        ["AlertName"] = AlertField.AlertName,
        ["DisplayName"] = AlertField.AlertName,
        ["AlertDisplayName"] = AlertField.AlertName,
        ["Alert"] = AlertField.AlertName,
        ["ProductName"] = AlertField.ProductName,
        ["ProviderName"] = AlertField.ProviderName,
        ["AlertType"] = AlertField.AlertType,
        ["AlertSeverity"] = AlertField.Severity,
        ["Severity"] = AlertField.Severity,
        ["Tactics"] = AlertField.Tactics,
        ["Tactic"] = AlertField.Tactics,
        ["Techniques"] = AlertField.Techniques,
        ["SubTechniques"] = AlertField.SubTechniques,
        ["Sub-techniques"] = AlertField.SubTechniques,
        ["ExtendedProperties"] = AlertField.ExtendedProperties,
        ["TenantId"] = AlertField.Workspace,
        ["AnalyticRuleIds"] = AlertField.RuleId,
    };

    /// <summary>The SecurityAlert column name ttpcov writes for each field (NDJSON from <c>pull</c>, the emulator's rows).</summary>
    public static IReadOnlyList<(string Column, AlertField Field)> Canonical { get; } =
    [
        ("SystemAlertId", AlertField.SystemAlertId),
        ("TimeGenerated", AlertField.TimeGenerated),
        ("StartTime", AlertField.StartTime),
        ("AlertName", AlertField.AlertName),
        ("AlertSeverity", AlertField.Severity),
        ("ProductName", AlertField.ProductName),
        ("ProviderName", AlertField.ProviderName),
        ("AlertType", AlertField.AlertType),
        ("Tactics", AlertField.Tactics),
        ("Techniques", AlertField.Techniques),
        ("SubTechniques", AlertField.SubTechniques),
        ("ExtendedProperties", AlertField.ExtendedProperties),
        ("TenantId", AlertField.Workspace),
        ("AnalyticRuleIds", AlertField.RuleId),
    ];

    public static AlertField Lookup(string columnName)
    {
        var name = columnName.AsSpan().Trim();
        var bracket = name.IndexOf(" [", StringComparison.Ordinal);
        if (bracket > 0 && name.EndsWith("]"))
        {
            name = name[..bracket];
        }

        return Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var field) ? field : AlertField.None;
    }
}
