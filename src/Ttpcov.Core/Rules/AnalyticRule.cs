using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Rules;

/// <summary>
/// One Sentinel analytic rule or rule template, whatever it was read from (ARM API, ARM/Bicep export, Az PowerShell
/// export, Azure-Sentinel YAML, sentinel-as-code YAML). <see cref="Techniques"/> merges <c>techniques</c>,
/// <c>subTechniques</c>, <c>relevantTechniques</c> and side-car manifests, as spelled (version mapping comes later);
/// <see cref="UnrecognisedTechniques"/> keeps the values that are not IDs. <see cref="Source"/> is the file path or
/// the ARM id. <see cref="TemplateId"/> is <c>alertRuleTemplateName</c> (for a template: its own id).
/// </summary>
public sealed record AnalyticRule(
    string Id,
    string Name,
    string Kind,
    bool Enabled,
    IReadOnlyList<TechniqueId> Techniques,
    IReadOnlyList<string> UnrecognisedTechniques,
    IReadOnlyList<Tactic> Tactics,
    string Source,
    string? TemplateId,
    IReadOnlyList<RequiredConnector> RequiredConnectors,
    bool IsTemplate)
{
    public const string IncidentCreationKind = "MicrosoftSecurityIncidentCreation";

    /// <summary>Turns product alerts into incidents; carries no techniques, so it never counts for coverage.</summary>
    public bool IsIncidentCreation => string.Equals(Kind, IncidentCreationKind, StringComparison.OrdinalIgnoreCase);

    /// <summary>A deployed rule that is switched on (templates and disabled rules never are).</summary>
    public bool IsEnabledRule => !IsTemplate && Enabled && !IsIncidentCreation;

    /// <summary>What the rule is, in one word: "enabled", "disabled", "template" or "incident-creation".</summary>
    public string Role => IsIncidentCreation ? "incident-creation" : IsTemplate ? "template" : Enabled ? "enabled" : "disabled";
}
