namespace Ttpcov.Core.Attack;

/// <summary>
/// The techniques and tactics of one ATT&amp;CK Enterprise release (embedded 14.1 or 18.1, or a STIX bundle the
/// user supplied). Tactics are in matrix order.
/// </summary>
public sealed class AttackCatalog
{
    private readonly Dictionary<TechniqueId, AttackTechnique> _techniques;

    public AttackCatalog(string version, string source, IReadOnlyList<AttackTactic> tactics, IEnumerable<AttackTechnique> techniques)
    {
        Version = version;
        Source = source;
        Tactics = tactics;
        _techniques = [];
        foreach (var technique in techniques)
        {
            // A bundle can hold an ID twice (a revoked object and its live successor kept the ID): the live one wins.
            if (!_techniques.TryGetValue(technique.Id, out var existing) || (!existing.Live && technique.Live))
            {
                _techniques[technique.Id] = technique;
            }
        }
    }

    /// <summary>The release, e.g. "18.1".</summary>
    public string Version { get; }

    /// <summary>Where the data came from (embedded generator input or the bundle path).</summary>
    public string Source { get; }

    /// <summary>The major version as the Navigator wants it in <c>versions.attack</c> ("18").</summary>
    public string MajorVersion => Version.Split('.')[0];

    public IReadOnlyList<AttackTactic> Tactics { get; }

    public IEnumerable<AttackTechnique> Techniques => _techniques.Values;

    public bool TryGet(TechniqueId id, out AttackTechnique technique) => _techniques.TryGetValue(id, out technique!);

    public bool IsLive(TechniqueId id) => _techniques.TryGetValue(id, out var t) && t.Live;

    /// <summary>The name a person reads: "Parent: Sub" for sub-techniques.</summary>
    public string DisplayName(TechniqueId id)
    {
        if (!_techniques.TryGetValue(id, out var technique))
        {
            return id.ToString();
        }

        return id.IsSubTechnique && _techniques.TryGetValue(id.Parent, out var parent)
            ? $"{parent.Name}: {technique.Name}"
            : technique.Name;
    }

    /// <summary>The position of a tactic in the matrix, or int.MaxValue for tactics this release does not have.</summary>
    public int TacticOrder(string shortName)
    {
        for (var i = 0; i < Tactics.Count; i++)
        {
            if (Tactics[i].ShortName == shortName)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
