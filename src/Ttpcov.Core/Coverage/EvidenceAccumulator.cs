namespace Ttpcov.Core.Coverage;

/// <summary>Collects the evidence of one technique while alerts are counted; <see cref="ToEvidence"/> freezes it.</summary>
internal sealed class EvidenceAccumulator
{
    private readonly CountTable _names = new();
    private readonly CountTable _products = new();
    private readonly CountTable _rules = new();
    private readonly CountTable _workspaces = new();
    private readonly CountTable _observedAs = new();
    private long _alerts;
    private long _firstSeen = long.MaxValue;
    private long _lastSeen = long.MinValue;

    public void Add(AlertFacts alert, AlertSet set, IReadOnlyList<string> observedAs)
    {
        _alerts += alert.Weight;
        if (alert.FirstSeenTicks > 0)
        {
            _firstSeen = Math.Min(_firstSeen, alert.FirstSeenTicks);
        }

        if (alert.LastSeenTicks > 0)
        {
            _lastSeen = Math.Max(_lastSeen, alert.LastSeenTicks);
        }

        _names.Add(set.Names[alert.Name] is { Length: > 0 } name ? name : "(no name)", alert.Weight);
        _products.Add(set.Products[alert.Product], alert.Weight);
        _rules.Add(set.Rules[alert.Rule], alert.Weight);
        _workspaces.Add(set.Workspaces[alert.Workspace], alert.Weight);
        foreach (var id in observedAs)
        {
            _observedAs.Add(id, alert.Weight);
        }
    }

    public TechniqueEvidence ToEvidence() => _alerts == 0
        ? TechniqueEvidence.None
        : new TechniqueEvidence(
            _alerts,
            _firstSeen == long.MaxValue ? null : new DateTimeOffset(_firstSeen, TimeSpan.Zero),
            _lastSeen == long.MinValue ? null : new DateTimeOffset(_lastSeen, TimeSpan.Zero),
            _names.ToList(),
            _products.ToList(),
            _rules.ToList(),
            _workspaces.ToList(),
            _observedAs.ToList());
}
