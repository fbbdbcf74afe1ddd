using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Tests.Rules;

public class RealRuleSetTests
{
    [Fact]
    public void Dump()
    {
        foreach (var folder in new[] { "Azure__Azure-Sentinel/Detections", "Azure__Azure-Sentinel__recent-samples", "Azure__Azure-Sentinel__json-exports", "noodlemctwoodle__Sentinel-As-Code/Content/AnalyticalRules", "microsoft__sentinel-as-code/Sentinel/mitre-use-cases" })
        {
            var set = RuleFiles.Sample(folder);
            var lines = new List<string> { $"== {folder}: {set.Rules.Count} rules, enabled {set.EnabledRules}, disabled {set.DisabledRules}, templates {set.Templates}, incident {set.IncidentCreationRules}, with techniques {set.Rules.Count(r => r.Techniques.Count > 0)}, dup {set.Duplicates.Count}" };
            lines.Add(string.Join(", ", set.CountsByKind().Select(k => $"{k.Kind}={k.Count}")));
            lines.AddRange(set.Problems.Select(p => "  P " + p));
            lines.AddRange(set.Duplicates.Select(d => "  D " + d));
            lines.AddRange(set.Rules.Where(r => r.UnrecognisedTechniques.Count > 0).Select(r => $"  U {r.Source}: {string.Join("|", r.UnrecognisedTechniques)}"));
            if (folder.Contains("json") || folder.Contains("recent")) lines.AddRange(set.Rules.Select(r => $"  R {r.Id} | {r.Name} | {r.Kind} | {r.Role} | {string.Join(",", r.Techniques)} | {string.Join(",", r.Tactics)} | {r.TemplateId} | {string.Join("; ", r.RequiredConnectors)}"));
            File.AppendAllLines("/tmp/rules-dump.txt", lines);
        }
    }
}
