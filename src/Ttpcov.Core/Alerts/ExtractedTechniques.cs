using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Alerts;

/// <summary>
/// What one alert says about ATT&amp;CK: the well-formed technique IDs it carries (distinct, sorted, as the alert
/// spelled them — version mapping comes later), the values that are not IDs, and the tactics it names.
/// </summary>
public sealed record ExtractedTechniques(
    IReadOnlyList<TechniqueId> Ids,
    IReadOnlyList<string> Unrecognised,
    IReadOnlyList<Tactic> Tactics,
    bool ExtendedPropertiesUnreadable)
{
    public static ExtractedTechniques Empty { get; } = new([], [], [], false);

    /// <summary>A key equal for equal content, used to store each distinct combination once.</summary>
    public string ContentKey =>
        string.Join(',', Ids) + "|" + string.Join('\u001f', Unrecognised) + "|" + string.Join(',', Tactics.Select(t => t.ShortName))
        + (ExtendedPropertiesUnreadable ? "|!" : "|");
}
