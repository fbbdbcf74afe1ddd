using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Coverage;

/// <summary>Counts, per value, the alerts whose technique fields held something unusable or remapped, with the first place it was seen.</summary>
internal sealed class IdCounter
{
    private readonly Dictionary<string, (long Alerts, string Reason, string FirstSeenAt)> _unrecognised = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Alerts, string Reason, string FirstSeenAt)> _unmappable = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To, string Path), long> _remapped = [];

    public void Count(AlertFacts alert, ExtractedTechniques set, SetCoverage coverage, string firstSeenAt)
    {
        foreach (var token in set.Unrecognised)
        {
            Add(_unrecognised, token, "not an ATT&CK technique ID (T#### or T####.###)", alert.Weight, firstSeenAt);
        }

        foreach (var (id, reason) in coverage.Unmappable)
        {
            Add(_unmappable, id, reason, alert.Weight, firstSeenAt);
        }

        foreach (var mapping in coverage.Remapped)
        {
            _remapped[mapping] = _remapped.GetValueOrDefault(mapping) + alert.Weight;
        }
    }

    public IReadOnlyList<IdReport> Unrecognised() => ToReports(_unrecognised);

    public IReadOnlyList<IdReport> Unmappable() => ToReports(_unmappable);

    public IReadOnlyList<IdMapping> Remapped() =>
        [.. _remapped.OrderBy(r => r.Key.From, StringComparer.Ordinal).Select(r => new IdMapping(r.Key.From, r.Key.To, r.Key.Path, r.Value))];

    private static void Add(Dictionary<string, (long Alerts, string Reason, string FirstSeenAt)> table, string value, string reason, long alerts, string firstSeenAt)
    {
        table[value] = table.TryGetValue(value, out var existing)
            ? (existing.Alerts + alerts, existing.Reason, existing.FirstSeenAt)
            : (alerts, reason, firstSeenAt);
    }

    private static IReadOnlyList<IdReport> ToReports(Dictionary<string, (long Alerts, string Reason, string FirstSeenAt)> table) =>
        [.. table.OrderByDescending(t => t.Value.Alerts).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new IdReport(t.Key, t.Value.Alerts, t.Value.Reason, t.Value.FirstSeenAt))];
}
