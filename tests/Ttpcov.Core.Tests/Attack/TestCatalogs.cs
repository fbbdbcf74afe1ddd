using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Tests.Attack;

/// <summary>Small hand-made catalogs and remaps for resolver cases the real data does not contain.</summary>
internal static class TestCatalogs
{
    public static AttackTechnique Live(string id, string name) =>
        new(TechniqueId.Parse(id), name, ["execution"], false, null, []);

    public static AttackTechnique Revoked(string id, string name, string by) =>
        new(TechniqueId.Parse(id), name, ["execution"], false, TechniqueId.Parse(by), []);

    public static AttackCatalog Catalog(string version, params AttackTechnique[] techniques) =>
        new(version, "test", [new AttackTactic("TA0002", "execution", "Execution")], techniques);

    public static AttackRemap Remap(string from, string to, params (string Id, string Name, string By, string? ByName)[] revocations) =>
        new(from, to, "test",
            [.. revocations.Select(r => new AttackRevocation(TechniqueId.Parse(r.Id), r.Name, TechniqueId.Parse(r.By), r.ByName))],
            [.. revocations.Select(r => TechniqueId.Parse(r.By)).Distinct()],
            [],
            []);
}
