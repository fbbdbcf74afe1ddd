using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Rules;

/// <summary>Counts, per technique value, the rules that carried it unusably, with the first rule source that did.</summary>
internal sealed class RuleIdCounter
{
    private readonly Dictionary<string, (long Rules, string Reason, string FirstSeenAt)> _values = new(StringComparer.Ordinal);

    public void Add(string value, string reason, string source) =>
        _values[value] = _values.TryGetValue(value, out var existing) ? (existing.Rules + 1, existing.Reason, existing.FirstSeenAt) : (1, reason, source);

    public IReadOnlyList<IdReport> Reports() =>
        [.. _values.OrderByDescending(v => v.Value.Rules).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => new IdReport(v.Key, v.Value.Rules, v.Value.Reason, v.Value.FirstSeenAt))];
}
