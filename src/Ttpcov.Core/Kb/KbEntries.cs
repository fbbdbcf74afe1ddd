using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Kb;

/// <summary>
/// Collects the technique entries of a KB file (one per technique–tactic pair, or one per row) into one
/// <see cref="KbTechnique"/> per ID: tactics in order of first appearance, the highest tier, the first non-empty name.
/// </summary>
internal sealed class KbEntries
{
    private readonly Dictionary<TechniqueId, (string Name, List<string> Tactics, List<decimal?> Scores)> _byId = [];

    public int Count => _byId.Count;

    public void Add(TechniqueId id, string? name, IEnumerable<string> tactics, decimal? score)
    {
        if (!_byId.TryGetValue(id, out var entry))
        {
            entry = (name ?? "", [], []);
        }
        else if (entry.Name.Length == 0 && !string.IsNullOrWhiteSpace(name))
        {
            entry = (name, entry.Tactics, entry.Scores);
        }

        foreach (var tactic in tactics.Where(t => !entry.Tactics.Contains(t)))
        {
            entry.Tactics.Add(tactic);
        }

        entry.Scores.Add(score);
        _byId[id] = entry;
    }

    /// <summary>True when every entry carries a score that is a whole number from 1 to 3, so scores can be read as tiers.</summary>
    public bool ScoresAreTiers => _byId.Count > 0 && _byId.Values.All(e => e.Scores.All(IsTier));

    public IReadOnlyList<KbTechnique> Build(bool withTiers) =>
        [.. _byId.OrderBy(p => p.Key).Select(p => new KbTechnique(p.Key, p.Value.Name.Trim(), p.Value.Tactics, withTiers ? (int?)p.Value.Scores.Max() : null))];

    private static bool IsTier(decimal? score) => score is >= 1 and <= 3 && decimal.Truncate(score.Value) == score.Value;
}
