namespace Ttpcov.Core.Alerts;

/// <summary>
/// One SecurityAlert row as a reader found it: the columns ttpcov needs, as text, under their canonical names
/// (whatever the schema generation or export called them). Null means the column was absent or null.
/// Readers do no interpretation beyond that; <see cref="AlertNormaliser"/> turns a record into facts.
/// </summary>
public sealed class AlertRecord
{
    public RecordLocation Location { get; set; }

    public string? SystemAlertId { get; set; }

    public string? TimeGenerated { get; set; }

    public string? StartTime { get; set; }

    public string? AlertName { get; set; }

    public string? ProductName { get; set; }

    public string? ProviderName { get; set; }

    public string? AlertType { get; set; }

    public string? Severity { get; set; }

    public string? Tactics { get; set; }

    public string? Techniques { get; set; }

    public string? SubTechniques { get; set; }

    public string? ExtendedProperties { get; set; }

    /// <summary>The Log Analytics workspace ID (the table's <c>TenantId</c>), when present.</summary>
    public string? Workspace { get; set; }

    /// <summary>The analytic rule ID, when the source gives it directly (REST entities, the live query).</summary>
    public string? RuleId { get; set; }

    /// <summary>
    /// How many deduplicated alerts this record stands for: 1 for a row; more for a group the live query's
    /// summarising mode returns (alerts with identical technique fields, name, product, rule and workspace).
    /// </summary>
    public long Weight { get; set; } = 1;

    public string? Get(AlertField field) => field switch
    {
        AlertField.SystemAlertId => SystemAlertId,
        AlertField.TimeGenerated => TimeGenerated,
        AlertField.StartTime => StartTime,
        AlertField.AlertName => AlertName,
        AlertField.ProductName => ProductName,
        AlertField.ProviderName => ProviderName,
        AlertField.AlertType => AlertType,
        AlertField.Severity => Severity,
        AlertField.Tactics => Tactics,
        AlertField.Techniques => Techniques,
        AlertField.SubTechniques => SubTechniques,
        AlertField.ExtendedProperties => ExtendedProperties,
        AlertField.Workspace => Workspace,
        AlertField.RuleId => RuleId,
        _ => null,
    };

    public void Set(AlertField field, string? value)
    {
        switch (field)
        {
            case AlertField.SystemAlertId: SystemAlertId = value; break;
            case AlertField.TimeGenerated: TimeGenerated = value; break;
            case AlertField.StartTime: StartTime = value; break;
            case AlertField.AlertName: AlertName = string.IsNullOrEmpty(AlertName) ? value : AlertName; break;
            case AlertField.ProductName: ProductName = value; break;
            case AlertField.ProviderName: ProviderName = value; break;
            case AlertField.AlertType: AlertType = value; break;
            case AlertField.Severity: Severity = value; break;
            case AlertField.Tactics: Tactics = value; break;
            case AlertField.Techniques: Techniques = value; break;
            case AlertField.SubTechniques: SubTechniques = value; break;
            case AlertField.ExtendedProperties: ExtendedProperties = value; break;
            case AlertField.Workspace: Workspace = value; break;
            case AlertField.RuleId: RuleId = value; break;
            case AlertField.None:
            default: break;
        }
    }
}
