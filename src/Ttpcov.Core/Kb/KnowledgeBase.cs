namespace Ttpcov.Core.Kb;

/// <summary>
/// A reference set of techniques to measure coverage against: the embedded CTID Insider Threat TTP KB v2, or a
/// layer / CSV the user supplied with <c>--kb</c>. <see cref="Sha256"/> is the hash of the source file(s) as published,
/// so a report names exactly which KB produced it.
/// </summary>
public sealed record KnowledgeBase(
    string Name,
    string Version,
    string AttackVersion,
    string Source,
    string Sha256,
    IReadOnlyList<KbTechnique> Techniques);
