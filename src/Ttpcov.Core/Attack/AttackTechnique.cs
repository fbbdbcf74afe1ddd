namespace Ttpcov.Core.Attack;

/// <summary>
/// One attack-pattern of an ATT&amp;CK release, live, revoked or deprecated.
/// <see cref="RevokedBy"/> names the direct replacement; chains are followed by <see cref="TechniqueResolver"/>.
/// </summary>
public sealed record AttackTechnique(
    TechniqueId Id,
    string Name,
    IReadOnlyList<string> Tactics,
    bool Deprecated,
    TechniqueId? RevokedBy,
    IReadOnlyList<string> DataComponents)
{
    public bool Revoked => RevokedBy is not null;

    public bool Live => !Deprecated && !Revoked;
}
