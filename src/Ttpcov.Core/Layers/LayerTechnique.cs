using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Layers;

/// <summary>
/// One technique annotation. It carries no tactic on purpose: the Navigator then applies it to every tactic the
/// technique has in the loaded ATT&amp;CK version. <see cref="Color"/> (<c>#rrggbb</c>) overrides the score colour.
/// </summary>
public sealed record LayerTechnique(
    TechniqueId Id,
    long? Score,
    string? Color,
    string Comment,
    IReadOnlyList<MetadataItem> Metadata,
    bool ShowSubtechniques = false);
