using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Layers;

/// <summary>The colours of the evidence ladder: green (alerted), blue (rule enabled, silent), orange (template available), red (no detection).</summary>
public static class LadderPalette
{
    public const string Alerted = "#31a354";
    public const string EnabledSilent = "#6baed6";
    public const string TemplateAvailable = "#fd8d3c";
    public const string NoDetection = "#de2d26";

    /// <summary>Rung 1 to 4, as the score gradient of the ladder layer.</summary>
    public static IReadOnlyList<string> Gradient { get; } = [Alerted, EnabledSilent, TemplateAvailable, NoDetection];

    /// <summary>Light to strong blue: the score (enabled rule count) gradient of the rules layer.</summary>
    public static IReadOnlyList<string> RuleGradient { get; } = ["#deebf7", "#6baed6", "#08519c"];

    public static string For(EvidenceRung rung) => Gradient[(int)rung - 1];
}
