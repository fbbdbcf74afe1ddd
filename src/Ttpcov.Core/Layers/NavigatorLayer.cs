namespace Ttpcov.Core.Layers;

/// <summary>
/// One ATT&amp;CK Navigator layer (format 4.5) as ttpcov writes it. Layout and selection settings are fixed by
/// <see cref="NavigatorLayerWriter"/> (side layout, IDs shown, annotated sub-techniques expanded, no platform filter).
/// <see cref="AttackVersion"/> is the ATT&amp;CK major version as a string ("18"), as <c>versions.attack</c> wants it.
/// </summary>
public sealed record NavigatorLayer(
    string Name,
    string Description,
    string AttackVersion,
    IReadOnlyList<LayerTechnique> Techniques,
    LayerGradient Gradient,
    IReadOnlyList<LegendItem> LegendItems,
    IReadOnlyList<MetadataItem> Metadata)
{
    public const string Domain = "enterprise-attack";
    public const string NavigatorVersion = "5.1.0";
    public const string LayerVersion = "4.5";
}
