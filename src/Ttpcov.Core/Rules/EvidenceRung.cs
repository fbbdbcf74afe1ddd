namespace Ttpcov.Core.Rules;

/// <summary>The evidence ladder of one KB technique, strongest first (docs/coverage.md §7).</summary>
public enum EvidenceRung
{
    /// <summary>Deduplicated alerts in the window cover it.</summary>
    Alerted = 1,

    /// <summary>An enabled rule maps to it, but no alert in the window covers it.</summary>
    EnabledSilent = 2,

    /// <summary>A known rule template maps to it, but no enabled rule does.</summary>
    TemplateAvailable = 3,

    /// <summary>Nothing maps to it; its ATT&amp;CK data components say what telemetry would see it.</summary>
    NoDetection = 4,
}
