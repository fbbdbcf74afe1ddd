namespace Ttpcov.Core.Alerts;

/// <summary>The SecurityAlert columns ttpcov reads. <see cref="AlertColumns"/> maps the names found in the wild onto these.</summary>
public enum AlertField
{
    None,
    SystemAlertId,
    TimeGenerated,
    StartTime,
    AlertName,
    ProductName,
    ProviderName,
    AlertType,
    Severity,
    Tactics,
    Techniques,
    SubTechniques,
    ExtendedProperties,
    Workspace,
    RuleId,
}
