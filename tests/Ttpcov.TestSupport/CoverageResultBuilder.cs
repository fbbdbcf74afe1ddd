using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;

namespace Ttpcov.TestSupport;

/// <summary>Builds a <see cref="CoverageResult"/> technique by technique; totals are computed the way the coverage rules define them.</summary>
public sealed class CoverageResultBuilder
{
    private readonly List<KbTechniqueCoverage> _techniques = [];
    private readonly List<IdReport> _unrecognised = [];
    private readonly List<IdReport> _unknown = [];
    private readonly List<IdMapping> _remapped = [];
    private readonly List<IdReport> _kbUnmapped = [];
    private readonly List<ObservedTechnique> _outside = [];

    public CoverageRun Run { get; set; } = Some.Run();

    public AlertStatistics Alerts { get; set; } = new(1200, 150, 3, 40, 250, 790, 610, 2);

    public CoverageResultBuilder Covered(string id, string name, int? tier, TechniqueEvidence evidence, params string[] kbIds) =>
        Add(id, name, tier, CoverageStatus.Covered, evidence, 0, kbIds);

    public CoverageResultBuilder Uncovered(string id, string name, int? tier, long parentOnlyAlerts = 0, params string[] kbIds) =>
        Add(id, name, tier, CoverageStatus.Uncovered, TechniqueEvidence.None, parentOnlyAlerts, kbIds);

    public CoverageResultBuilder Unrecognised(string value, long alerts, string reason, string firstSeenAt)
    {
        _unrecognised.Add(new IdReport(value, alerts, reason, firstSeenAt));
        return this;
    }

    public CoverageResultBuilder UnknownToTarget(string value, long alerts, string reason, string firstSeenAt)
    {
        _unknown.Add(new IdReport(value, alerts, reason, firstSeenAt));
        return this;
    }

    public CoverageResultBuilder Remapped(string from, string to, string path, long alerts)
    {
        _remapped.Add(new IdMapping(from, to, path, alerts));
        return this;
    }

    public CoverageResultBuilder KbUnmapped(string value, string reason)
    {
        _kbUnmapped.Add(new IdReport(value, 0, reason, "kb"));
        return this;
    }

    public CoverageResultBuilder ObservedOutsideKb(string id, string name, long alerts)
    {
        _outside.Add(new ObservedTechnique(TechniqueId.Parse(id), name, alerts));
        return this;
    }

    /// <summary>The result, techniques in the order they were added (callers sort when they want ID order).</summary>
    public CoverageResult Build()
    {
        var covered = _techniques.Count(t => t.Covered);
        var allWeight = _techniques.Sum(t => t.Weight);
        var coveredWeight = _techniques.Where(t => t.Covered).Sum(t => t.Weight);
        var totals = new CoverageTotals(
            _techniques.Count,
            covered,
            _techniques.Count - covered,
            _techniques.Count == 0 ? 0 : 100.0 * covered / _techniques.Count,
            allWeight == 0 ? 0 : 100.0 * coveredWeight / allWeight);
        return new CoverageResult(Run, [.. _techniques], totals, Alerts, [.. _unrecognised], [.. _unknown], [.. _remapped], [.. _kbUnmapped], [.. _outside]);
    }

    private CoverageResultBuilder Add(string id, string name, int? tier, CoverageStatus status, TechniqueEvidence evidence, long parentOnly, string[] kbIds)
    {
        var techniqueId = TechniqueId.Parse(id);
        IReadOnlyList<TechniqueId> ids = kbIds.Length == 0 ? [techniqueId] : kbIds.Select(TechniqueId.Parse).ToArray();
        _techniques.Add(new KbTechniqueCoverage(techniqueId, name, ["exfiltration"], tier, ids, status, evidence, parentOnly));
        return this;
    }
}
