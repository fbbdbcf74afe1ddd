namespace Ttpcov.Core.Attack;

/// <summary>One revocation: <see cref="From"/> was replaced by <see cref="To"/>, as recorded by ATT&amp;CK <see cref="Release"/>.</summary>
internal readonly record struct RevocationEdge(TechniqueId From, TechniqueId To, string Release)
{
    public string Describe() => $"{From} revoked in ATT&CK {Release} by {To}";
}
