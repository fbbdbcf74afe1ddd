using System.Globalization;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The console section of rule-based coverage: what was read, the ladder counts, then each gap (most frequent KB tier
/// first) with the templates that would close it, or the data components to bring in. Plain ASCII, invariant.
/// </summary>
public sealed class RuleConsoleWriter(int templatesPerGap = 3)
{
    public void Write(CoverageResult result, TextWriter output)
    {
        var rules = result.Rules ?? throw new InvalidOperationException("The rule section needs rule coverage in the result.");
        var set = rules.RuleSet;
        output.WriteLine();
        output.WriteLine(Ascii($"Rules:   {set.Rules.Count} read: {set.EnabledRules} enabled, {set.DisabledRules} disabled, {set.Templates} templates, {set.IncidentCreationRules} incident-creation (not counted)"));
        output.WriteLine(Ascii($"         {set.Problems.Count} problem(s), {set.Duplicates.Count} duplicate(s) left out; unrecognised technique values: {rules.Unrecognised.Count}; unknown to ATT&CK {result.Run.AttackVersion}: {rules.UnknownToTarget.Count}"));
        foreach (var note in set.Notes)
        {
            output.WriteLine(Ascii($"         note: {note}"));
        }

        output.WriteLine(Ascii($"Ladder:  {rules.Count(EvidenceRung.Alerted)} alerted, {rules.Count(EvidenceRung.EnabledSilent)} rule enabled but silent, {rules.Count(EvidenceRung.TemplateAvailable)} template available, {rules.Count(EvidenceRung.NoDetection)} no detection"));
        var gaps = GapsCsvWriter.Gaps(result, rules).ToList();
        output.WriteLine();
        output.WriteLine(Ascii($"How to close each gap ({gaps.Count}), most frequent KB tier first (details in gaps.csv):"));
        foreach (var (technique, ladder) in gaps)
        {
            output.WriteLine(Ascii($"  {technique.Id,-10} {InvariantText.TierName(technique.Tier),-10} {ladder.RungName}: {technique.Name}"));
            foreach (var line in Advice(ladder))
            {
                output.WriteLine(Ascii($"             {line}"));
            }
        }
    }

    private IEnumerable<string> Advice(TechniqueRuleCoverage ladder)
    {
        switch (ladder.Rung)
        {
            case EvidenceRung.EnabledSilent:
                yield return "silent rules: " + List(ladder.EnabledRules.Select(r => r.Name), ladder.EnabledRules.Count);
                break;
            case EvidenceRung.TemplateAvailable:
                foreach (var template in ladder.Templates.Take(templatesPerGap))
                {
                    var connectors = template.RequiredConnectors.Count == 0 ? "" : $" [needs {string.Join(", ", template.RequiredConnectors.Select(c => c.ConnectorId).Distinct())}]";
                    yield return $"template: {template.Name}{connectors}";
                }

                if (ladder.Templates.Count > templatesPerGap)
                {
                    yield return $"+{ladder.Templates.Count - templatesPerGap} more template(s)";
                }

                break;
            default:
                yield return ladder.DataComponents.Count == 0 ? "no data component listed in ATT&CK" : "bring in: " + List(ladder.DataComponents, ladder.DataComponents.Count);
                break;
        }

        if (ladder.DisabledRules.Count > 0)
        {
            yield return "switch on: " + List(ladder.DisabledRules.Select(r => r.Name), ladder.DisabledRules.Count);
        }
    }

    private string List(IEnumerable<string> values, int count) =>
        string.Join(", ", values.Take(templatesPerGap * 2)) + (count > templatesPerGap * 2 ? $", +{count - (templatesPerGap * 2)} more" : "");

    private static string Ascii(FormattableString text)
    {
        var s = text.ToString(CultureInfo.InvariantCulture);
        return string.Create(s.Length, s, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= ' ' and <= '~' ? source[i] : '?';
            }
        });
    }
}
