namespace Ttpcov.Core.Samples.Exports;

/// <summary>
/// One detection (a product's alert type or a Sentinel rule) of a synthetic tenant: what it writes into every row it
/// raises. <see cref="ExtendedTechniques"/> is null when ExtendedProperties carries no <c>MitreTechniques</c>;
/// <see cref="RuleId"/> is set for Sentinel rules (their <c>Analytic Rule Ids</c>).
/// </summary>
internal sealed record SyntheticAlertKind(
    string Name,
    SyntheticProduct Product,
    string Severity,
    string Tactics,
    string Techniques,
    string SubTechniques,
    string? ExtendedTechniques,
    string? RuleId,
    string Description,
    string RemediationSteps,
    int ActionLength,
    int EntityCount,
    int Weight);
