namespace Ttpcov.Core.Layers;

/// <summary>
/// The colours of ttpcov's layers. Tier colours are those of the CTID Insider Threat KB heat map, so an uncovered
/// layer reads like the KB's own.
/// </summary>
public static class LayerPalette
{
    public const string CoveredLight = "#c7e9c0";
    public const string CoveredMedium = "#74c476";
    public const string CoveredStrong = "#006d2c";
    public const string Frequent = "#fc3b3b";
    public const string Moderate = "#fd8d3c";
    public const string Infrequent = "#fce93b";
    public const string NoTier = "#bdbdbd";
    public const string NotCovered = "#d6a5a5";

    /// <summary>Light to strong green: the score (alert count) gradient of covered techniques.</summary>
    public static IReadOnlyList<string> CoveredGradient { get; } = [CoveredLight, CoveredMedium, CoveredStrong];

    /// <summary>The KB heat-map colours, infrequent to frequent (scores 1 to 3).</summary>
    public static IReadOnlyList<string> TierGradient { get; } = [Infrequent, Moderate, Frequent];

    public static string ForTier(int? tier) => tier switch
    {
        >= 3 => Frequent,
        2 => Moderate,
        1 => Infrequent,
        _ => NoTier,
    };
}
