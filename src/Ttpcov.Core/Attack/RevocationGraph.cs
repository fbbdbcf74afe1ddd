namespace Ttpcov.Core.Attack;

/// <summary>
/// Every revocation ttpcov knows (from the target catalog first, then the other catalogs, then remaps), indexed both
/// ways. An edge seen in several sources is kept once, with the first source's release.
/// </summary>
internal sealed class RevocationGraph
{
    private readonly Dictionary<TechniqueId, List<RevocationEdge>> _forward = [];
    private readonly Dictionary<TechniqueId, List<RevocationEdge>> _backward = [];

    public RevocationGraph(IEnumerable<AttackCatalog> catalogs, IEnumerable<AttackRemap> remaps)
    {
        foreach (var catalog in catalogs)
        {
            foreach (var technique in catalog.Techniques.OrderBy(t => t.Id))
            {
                if (technique.RevokedBy is { } to)
                {
                    Add(new RevocationEdge(technique.Id, to, catalog.Version));
                }
            }
        }

        foreach (var remap in remaps)
        {
            foreach (var revocation in remap.Revocations)
            {
                Add(new RevocationEdge(revocation.Id, revocation.RevokedBy, remap.To));
            }
        }
    }

    public IReadOnlyList<RevocationEdge> From(TechniqueId id) => _forward.TryGetValue(id, out var edges) ? edges : [];

    public IReadOnlyList<RevocationEdge> Into(TechniqueId id) => _backward.TryGetValue(id, out var edges) ? edges : [];

    private void Add(RevocationEdge edge)
    {
        var outgoing = Edges(_forward, edge.From);
        if (outgoing.Any(e => e.To == edge.To))
        {
            return;
        }

        outgoing.Add(edge);
        Edges(_backward, edge.To).Add(edge);
    }

    private static List<RevocationEdge> Edges(Dictionary<TechniqueId, List<RevocationEdge>> index, TechniqueId id)
    {
        if (!index.TryGetValue(id, out var edges))
        {
            edges = [];
            index[id] = edges;
        }

        return edges;
    }
}
