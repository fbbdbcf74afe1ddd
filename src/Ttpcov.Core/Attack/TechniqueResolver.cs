using System.Collections.Concurrent;

namespace Ttpcov.Core.Attack;

/// <summary>
/// Maps any technique ID (from alerts or a KB) onto a target ATT&amp;CK release, using what other releases know:
/// forward along revocations (T1089 → T1562.001), backward from IDs newer than the target to the one target ID they
/// replaced (v19 T1685 → 18.1 T1562.001), otherwise an honest status (deprecated, not in target, ambiguous, unknown).
/// Results are memoised per ID; the resolver is safe to share between threads.
/// </summary>
public sealed class TechniqueResolver
{
    private readonly IReadOnlyList<AttackCatalog> _catalogs;
    private readonly IReadOnlyList<AttackRemap> _remaps;
    private readonly RevocationGraph _graph;
    private readonly ConcurrentDictionary<TechniqueId, TechniqueResolution> _resolved = new();

    public TechniqueResolver(AttackCatalog target, IEnumerable<AttackCatalog> otherCatalogs, IEnumerable<AttackRemap> remaps)
    {
        Target = target;
        _catalogs = [target, .. otherCatalogs.Where(c => !ReferenceEquals(c, target))];
        _remaps = [.. remaps];
        _graph = new RevocationGraph(_catalogs, _remaps);
    }

    /// <summary>A resolver onto <paramref name="target"/> that knows the embedded 14.1 and 18.1 catalogs and the 18.1 → 19.0 remap.</summary>
    public static TechniqueResolver ForEmbedded(AttackCatalog target) =>
        new(target, [EmbeddedAttackData.Enterprise14_1, EmbeddedAttackData.Enterprise18_1], [EmbeddedAttackData.Remap18_1To19_0]);

    public AttackCatalog Target { get; }

    public TechniqueResolution Resolve(TechniqueId id) => _resolved.GetOrAdd(id, Compute);

    private TechniqueResolution Compute(TechniqueId id)
    {
        if (Target.IsLive(id))
        {
            return Result(id, ResolutionStatus.Live, id, [id], [], $"live in ATT&CK {Target.Version}");
        }

        if (Forward(id, [id]) is { } chain)
        {
            var path = chain.Select(e => e.To).Prepend(id).ToList();
            return Result(id, ResolutionStatus.Remapped, path[^1], path, [], string.Join("; then ", chain.Select(e => e.Describe())));
        }

        if (Target.TryGet(id, out var known) && known.Deprecated)
        {
            return Result(id, ResolutionStatus.Deprecated, null, [id], [], $"deprecated in ATT&CK {Target.Version} ({known.Name}); no successor");
        }

        var predecessors = new PredecessorSearch(_graph, Target).Run(id);
        if (predecessors.Count > 0)
        {
            return FromPredecessors(id, predecessors);
        }

        return NotMapped(id);
    }

    // Depth-first along revocation edges (the target's own first) until an ID live in the target; null when none is reached.
    private List<RevocationEdge>? Forward(TechniqueId current, HashSet<TechniqueId> seen)
    {
        foreach (var edge in _graph.From(current))
        {
            if (!seen.Add(edge.To))
            {
                continue;
            }

            if (Target.IsLive(edge.To))
            {
                return [edge];
            }

            if (Forward(edge.To, seen) is { } rest)
            {
                return [edge, .. rest];
            }
        }

        return null;
    }

    private TechniqueResolution FromPredecessors(TechniqueId id, IReadOnlyList<IReadOnlyList<RevocationEdge>> chains)
    {
        var release = chains[0][^1].Release;
        var candidates = chains.Select(c => c[0].From).ToList();
        var origin = $"ATT&CK {release} ID";
        if (chains.Count == 1)
        {
            return Mapped(id, chains[0], $"{origin}; replaces {candidates[0]} in {Target.Version}");
        }

        var names = NamesOf(id);
        var named = chains.Where(c => names.Contains(Target.TryGet(c[0].From, out var t) ? t.Name : "") || names.Contains(Target.DisplayName(c[0].From))).ToList();
        if (named.Count == 1)
        {
            var others = string.Join(", ", candidates.Where(c => c != named[0][0].From));
            return Mapped(id, named[0], $"{origin}; replaces {named[0][0].From} in {Target.Version} (same name; {others} also became {id})");
        }

        return Result(id, ResolutionStatus.Ambiguous, null, [id], candidates,
            $"{origin}; replaces {string.Join(", ", candidates)} in {Target.Version} and no single one shares its name");
    }

    private TechniqueResolution Mapped(TechniqueId id, IReadOnlyList<RevocationEdge> chain, string reason)
    {
        var path = chain.Select(e => e.To).Reverse().Append(chain[0].From).ToList();
        return Result(id, ResolutionStatus.Remapped, chain[0].From, path, [], reason);
    }

    private TechniqueResolution NotMapped(TechniqueId id)
    {
        if (Target.TryGet(id, out var revoked) && revoked.RevokedBy is { } successor)
        {
            return Result(id, ResolutionStatus.NotInTarget, null, [id], [], $"revoked in ATT&CK {Target.Version} by {successor}, which has no live counterpart there");
        }

        var releases = _catalogs.Where(c => c.TryGet(id, out _)).Select(c => c.Version)
            .Concat(_remaps.Where(r => r.Knows(id)).Select(r => r.To)).Distinct().ToList();
        if (releases.Count > 0)
        {
            var added = _remaps.Any(r => r.IsAdded(id)) ? $"; no ATT&CK {Target.Version} technique became it" : "";
            return Result(id, ResolutionStatus.NotInTarget, null, [id], [], $"known to ATT&CK {string.Join(", ", releases)} but not in ATT&CK {Target.Version}{added}");
        }

        var all = _catalogs.Select(c => c.Version).Concat(_remaps.Select(r => r.To)).Distinct();
        return Result(id, ResolutionStatus.Unknown, null, [id], [], $"no Enterprise ATT&CK release ttpcov knows ({string.Join(", ", all)}) has this ID");
    }

    // The names an ID goes by: in any catalog (plain and "Parent: Sub"), as a remap's new name, and the part after ": ".
    private HashSet<string> NamesOf(TechniqueId id)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var catalog in _catalogs.Where(c => c.TryGet(id, out _)))
        {
            names.Add(catalog.DisplayName(id));
        }

        foreach (var name in _remaps.Select(r => r.NewName(id)).OfType<string>())
        {
            names.Add(name);
        }

        foreach (var name in names.ToList())
        {
            names.Add(name[(name.LastIndexOf(": ", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0)..]);
        }

        return names;
    }

    private static TechniqueResolution Result(TechniqueId id, ResolutionStatus status, TechniqueId? target, IReadOnlyList<TechniqueId> path, IReadOnlyList<TechniqueId> candidates, string reason) =>
        new(id, status, target, path, candidates, reason);
}
