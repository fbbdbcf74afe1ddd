namespace Ttpcov.Core.Attack;

/// <summary>One revocation a release announced: <see cref="Id"/> (named <see cref="Name"/> before) is replaced by <see cref="RevokedBy"/>, named <see cref="RevokedByName"/> in the new release when known.</summary>
public sealed record AttackRevocation(TechniqueId Id, string Name, TechniqueId RevokedBy, string? RevokedByName);
