namespace Ttpcov.Core.Attack;

/// <summary>
/// Finds, for an ID the target does not hold (typically a newer one), the target-live IDs whose revocations lead to it.
/// Walks revocation edges backwards, stopping at the first live target ID on each branch (its own predecessors map
/// onto it anyway). Each result is the chain of edges from the live target ID to the searched ID.
/// </summary>
internal sealed class PredecessorSearch(RevocationGraph graph, AttackCatalog target)
{
    public IReadOnlyList<IReadOnlyList<RevocationEdge>> Run(TechniqueId id)
    {
        var found = new List<IReadOnlyList<RevocationEdge>>();
        var seen = new HashSet<TechniqueId> { id };
        var queue = new Queue<(TechniqueId Id, List<RevocationEdge> ChainToSearched)>();
        queue.Enqueue((id, []));
        while (queue.Count > 0)
        {
            var (current, chain) = queue.Dequeue();
            foreach (var edge in graph.Into(current).OrderBy(e => e.From))
            {
                if (!seen.Add(edge.From))
                {
                    continue;
                }

                List<RevocationEdge> extended = [edge, .. chain];
                if (target.IsLive(edge.From))
                {
                    found.Add(extended);
                }
                else
                {
                    queue.Enqueue((edge.From, extended));
                }
            }
        }

        return [.. found.OrderBy(c => c[0].From)];
    }
}
