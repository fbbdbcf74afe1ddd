namespace Ttpcov.Core.Layers;

/// <summary>
/// A metadata line (<c>{name, value}</c>, both non-empty, or the Navigator drops it) or a divider.
/// </summary>
public sealed record MetadataItem(string Name, string Value)
{
    public static MetadataItem Divider { get; } = new(string.Empty, string.Empty) { IsDivider = true };

    public bool IsDivider { get; private init; }
}
