namespace Ttpcov.Core.Attack;

/// <summary>
/// What a newer ATT&amp;CK release changed relative to one we hold as data (embedded: 18.1 → 19.0, from MITRE's release
/// notes, since no v19 STIX was available): the revocations with their successors, the IDs added, and tactic changes.
/// </summary>
public sealed class AttackRemap
{
    private readonly Dictionary<TechniqueId, AttackRevocation> _revocations;
    private readonly HashSet<TechniqueId> _added;

    public AttackRemap(
        string from,
        string to,
        string source,
        IReadOnlyList<AttackRevocation> revocations,
        IReadOnlyList<TechniqueId> added,
        IReadOnlyList<AttackTactic> tacticsRemoved,
        IReadOnlyList<AttackTactic> tacticsAdded)
    {
        From = from;
        To = to;
        Source = source;
        Revocations = revocations;
        Added = added;
        TacticsRemoved = tacticsRemoved;
        TacticsAdded = tacticsAdded;
        _revocations = revocations.ToDictionary(r => r.Id);
        _added = [.. added];
    }

    /// <summary>The release the revoked IDs belong to ("18.1").</summary>
    public string From { get; }

    /// <summary>The release that made the changes ("19.0").</summary>
    public string To { get; }

    public string Source { get; }

    public IReadOnlyList<AttackRevocation> Revocations { get; }

    public IReadOnlyList<TechniqueId> Added { get; }

    public IReadOnlyList<AttackTactic> TacticsRemoved { get; }

    public IReadOnlyList<AttackTactic> TacticsAdded { get; }

    public bool TryGetRevocation(TechniqueId id, out AttackRevocation revocation) => _revocations.TryGetValue(id, out revocation!);

    /// <summary>True for IDs the newer release introduced.</summary>
    public bool IsAdded(TechniqueId id) => _added.Contains(id);

    /// <summary>True when the remap mentions the ID at all: revoked, a successor, or added.</summary>
    public bool Knows(TechniqueId id) => _added.Contains(id) || _revocations.ContainsKey(id) || Revocations.Any(r => r.RevokedBy == id);

    /// <summary>The name the newer release gives an ID that replaced a revoked one, when the source states it.</summary>
    public string? NewName(TechniqueId id) => Revocations.FirstOrDefault(r => r.RevokedBy == id && r.RevokedByName is not null)?.RevokedByName;
}
