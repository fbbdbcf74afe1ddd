using System.Diagnostics.CodeAnalysis;

namespace Ttpcov.Core.Attack;

/// <summary>
/// The ATT&amp;CK data compiled into ttpcov: Enterprise 14.1 (the KB's version), 18.1 (the newest with STIX available)
/// and the 18.1 → 19.0 remap. Each is read once, on first use.
/// </summary>
[SuppressMessage("Naming", "CA1707", Justification = "Release numbers read better as 18_1 than 181.")]
public static class EmbeddedAttackData
{
    private static readonly Lazy<AttackCatalog> Lazy14 = new(() => EmbeddedResource.Read("attack-enterprise-14.1.json", AttackCatalogReader.Read));
    private static readonly Lazy<AttackCatalog> Lazy18 = new(() => EmbeddedResource.Read("attack-enterprise-18.1.json", AttackCatalogReader.Read));
    private static readonly Lazy<AttackRemap> LazyRemap = new(() => EmbeddedResource.Read("attack-enterprise-19.0-remap.json", AttackRemapReader.Read));

    public static AttackCatalog Enterprise14_1 => Lazy14.Value;

    public static AttackCatalog Enterprise18_1 => Lazy18.Value;

    public static AttackRemap Remap18_1To19_0 => LazyRemap.Value;

    /// <summary>The versions <see cref="Catalog"/> accepts.</summary>
    public static IReadOnlyList<string> Versions { get; } = ["14.1", "18.1"];

    /// <summary>The embedded catalog for "18.1", "18", "14.1" or "14" (a leading "v" is allowed); null for any other version.</summary>
    public static AttackCatalog? Catalog(string version) => version.Trim().TrimStart('v', 'V') switch
    {
        "18" or "18.1" => Enterprise18_1,
        "14" or "14.1" => Enterprise14_1,
        _ => null,
    };
}
