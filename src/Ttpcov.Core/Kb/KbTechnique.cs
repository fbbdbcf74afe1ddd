using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Kb;

/// <summary>
/// One technique of a reference set such as the Insider Threat KB: the ID as the KB spells it, the tactics it
/// was observed under, and its evidence-frequency tier (3 = frequent, 2 = moderate, 1 = infrequent, null = none given).
/// </summary>
public sealed record KbTechnique(TechniqueId Id, string Name, IReadOnlyList<string> Tactics, int? Tier, bool InV1 = false);
