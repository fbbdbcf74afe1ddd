namespace Ttpcov.Core.Kb;

/// <summary>
/// A reference set of techniques to measure coverage against: the embedded CTID Insider Threat TTP KB v2, or a
/// layer / CSV the user supplied with <c>--kb</c>. <see cref="Sha256"/> is the hash of the main source file as published
/// (for the embedded KB: <c>green_seen_v1_v2.json</c>, which defines membership; <see cref="Files"/> lists every file),
/// so a report names exactly which KB produced it.
/// </summary>
public sealed record KnowledgeBase(
    string Name,
    string Version,
    string AttackVersion,
    string Source,
    string Sha256,
    IReadOnlyList<KbTechnique> Techniques)
{
    /// <summary>The published file(s) the KB was read from, each with its role and SHA-256 (the embedded KB has two).</summary>
    public IReadOnlyList<KbSourceFile> Files { get; init; } = [];
}
