using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Kb;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Places every KB technique of a coverage result on the evidence ladder. A rule's techniques go through exactly the
/// coverage rules alerts do (docs/coverage.md §3–4, the same <see cref="SetCoverageAnalyser"/>): IDs are mapped onto
/// the target version, a sub-technique covers its KB parent, a parent alone never covers a KB sub-technique.
/// Incident-creation rules carry no techniques and are left out.
/// </summary>
public static class RuleCoverageCalculator
{
    public static CoverageResult Attach(CoverageResult result, RuleSet rules, KnowledgeBase kb, TechniqueResolver resolver) =>
        result with { Rules = Calculate(result, rules, kb, resolver) };

    public static RuleCoverage Calculate(CoverageResult result, RuleSet rules, KnowledgeBase kb, TechniqueResolver resolver)
    {
        var analyser = new SetCoverageAnalyser(new KbTargetMap(kb, resolver), resolver);
        var byTechnique = new Dictionary<TechniqueId, List<AnalyticRule>>();
        var unrecognised = new RuleIdCounter();
        var unknown = new RuleIdCounter();
        foreach (var rule in rules.Rules.Where(r => !r.IsIncidentCreation))
        {
            var coverage = analyser.Analyse(new ExtractedTechniques(rule.Techniques, rule.UnrecognisedTechniques, [], false));
            foreach (var (kbId, _) in coverage.Covers)
            {
                (byTechnique.TryGetValue(kbId, out var list) ? list : byTechnique[kbId] = []).Add(rule);
            }

            foreach (var value in rule.UnrecognisedTechniques)
            {
                unrecognised.Add(value, "not an ATT&CK technique ID (T#### or T####.###)", rule.Source);
            }

            foreach (var (id, reason) in coverage.Unmappable)
            {
                unknown.Add(id, reason, rule.Source);
            }
        }

        var techniques = result.Techniques
            .Select(t => Rung(t, byTechnique.GetValueOrDefault(t.Id) ?? [], resolver.Target))
            .ToList();
        return new RuleCoverage(techniques, rules, unrecognised.Reports(), unknown.Reports());
    }

    private static TechniqueRuleCoverage Rung(KbTechniqueCoverage technique, List<AnalyticRule> rules, AttackCatalog target)
    {
        var enabled = Sorted(rules.Where(r => r.IsEnabledRule));
        var disabled = Sorted(rules.Where(r => !r.IsTemplate && !r.Enabled));
        var templates = Sorted(rules.Where(r => r.IsTemplate));
        var rung = technique.Covered ? EvidenceRung.Alerted
            : enabled.Count > 0 ? EvidenceRung.EnabledSilent
            : templates.Count > 0 ? EvidenceRung.TemplateAvailable
            : EvidenceRung.NoDetection;
        var components = target.TryGet(technique.Id, out var attack) ? attack.DataComponents : [];
        return new TechniqueRuleCoverage(technique.Id, rung, enabled, disabled, templates, [.. components.Order(StringComparer.Ordinal)]);
    }

    private static List<AnalyticRule> Sorted(IEnumerable<AnalyticRule> rules) =>
        [.. rules.DistinctBy(r => (r.Id, r.Source)).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal)];
}
