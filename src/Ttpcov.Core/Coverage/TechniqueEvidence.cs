namespace Ttpcov.Core.Coverage;

/// <summary>
/// What the deduplicated alerts say about one technique: how many carried it (by the coverage rules), when, under
/// which names, from which products, rules and workspaces, and which IDs they spelled it with (sub-techniques,
/// revoked or newer IDs). Lists are sorted by alert count, then name.
/// </summary>
public sealed record TechniqueEvidence(
    long AlertCount,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    IReadOnlyList<CountedName> AlertNames,
    IReadOnlyList<CountedName> Products,
    IReadOnlyList<CountedName> Rules,
    IReadOnlyList<CountedName> Workspaces,
    IReadOnlyList<CountedName> ObservedAs)
{
    public static TechniqueEvidence None { get; } = new(0, null, null, [], [], [], [], []);
}
