using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// Compares deduplicated alerts with a KB in one target ATT&amp;CK version and produces the one immutable
/// <see cref="CoverageResult"/>. The rules are written down in docs/coverage.md; this class is their only home.
/// </summary>
public static class CoverageCalculator
{
    public static CoverageResult Calculate(AlertSet alerts, KnowledgeBase kb, AttackCatalog target, TechniqueResolver resolver, CoverageRun run)
    {
        var kbMap = new KbTargetMap(kb, resolver);
        var analyser = new SetCoverageAnalyser(kbMap, resolver);
        var perSet = new SetCoverage?[alerts.TechniqueSets.Count];
        var evidence = kbMap.Targets.Keys.ToDictionary(id => id, _ => new EvidenceAccumulator());
        var parentOnly = new Dictionary<TechniqueId, long>();
        var observed = new Dictionary<TechniqueId, long>();
        var problems = new IdCounter();

        foreach (var alert in alerts.Alerts)
        {
            var set = alerts.TechniqueSets[alert.TechniqueSet];
            var coverage = perSet[alert.TechniqueSet] ??= analyser.Analyse(set);
            foreach (var (kbId, observedAs) in coverage.Covers)
            {
                evidence[kbId].Add(alert, alerts, observedAs);
            }

            foreach (var sub in coverage.ParentOnly)
            {
                parentOnly[sub] = parentOnly.GetValueOrDefault(sub) + alert.Weight;
            }

            foreach (var id in coverage.Observed)
            {
                observed[id] = observed.GetValueOrDefault(id) + alert.Weight;
            }

            problems.Count(alert, set, coverage, alerts.TechniqueSets.FirstSeenAt(alert.TechniqueSet));
        }

        var techniques = kbMap.Targets.Values.Select(t => Coverage(t, target, evidence[t.Id].ToEvidence(), parentOnly.GetValueOrDefault(t.Id))).ToList();
        return new CoverageResult(
            run,
            techniques,
            Totals(techniques),
            alerts.Statistics,
            problems.Unrecognised(),
            problems.Unmappable(),
            [.. kbMap.Remapped, .. problems.Remapped()],
            kbMap.Unmapped,
            [.. observed.Where(o => !kbMap.Targets.ContainsKey(o.Key)).OrderBy(o => o.Key).Select(o => new ObservedTechnique(o.Key, target.DisplayName(o.Key), o.Value))]);
    }

    private static KbTechniqueCoverage Coverage(KbTarget kb, AttackCatalog target, TechniqueEvidence evidence, long parentOnlyAlerts) =>
        new(
            kb.Id,
            target.DisplayName(kb.Id),
            kb.Tactics,
            kb.Tier,
            kb.KbIds,
            evidence.AlertCount > 0 ? CoverageStatus.Covered : CoverageStatus.Uncovered,
            evidence,
            parentOnlyAlerts);

    private static CoverageTotals Totals(IReadOnlyList<KbTechniqueCoverage> techniques)
    {
        var covered = techniques.Count(t => t.Covered);
        var weightAll = techniques.Sum(t => t.Weight);
        var weightCovered = techniques.Where(t => t.Covered).Sum(t => t.Weight);
        return new CoverageTotals(
            techniques.Count,
            covered,
            techniques.Count - covered,
            techniques.Count == 0 ? 0 : 100.0 * covered / techniques.Count,
            weightAll == 0 ? 0 : 100.0 * weightCovered / weightAll);
    }
}
