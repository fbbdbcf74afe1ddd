namespace Ttpcov.Core.Samples;

/// <summary>
/// One kind of alert the generator emits: what a product or rule would put in the SecurityAlert columns. The
/// set mirrors what the public samples show (products, technique placement, tactic spellings, malformed values).
/// </summary>
internal sealed record SampleAlertTemplate(
    string Name,
    string Product,
    string Provider,
    string Techniques,
    string SubTechniques,
    string? ExtendedTechniques,
    string Tactics,
    string Severity,
    int Frequency);
