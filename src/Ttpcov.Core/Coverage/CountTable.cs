namespace Ttpcov.Core.Coverage;

/// <summary>Counts alerts per value; lists them most frequent first, then by name (ordinal), for deterministic output.</summary>
internal sealed class CountTable
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Add(string value, long alerts)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        _counts[value] = _counts.GetValueOrDefault(value) + alerts;
    }

    public IReadOnlyList<CountedName> ToList() =>
        [.. _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new CountedName(c.Key, c.Value))];
}
