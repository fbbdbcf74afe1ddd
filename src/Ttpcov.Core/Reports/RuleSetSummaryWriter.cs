using System.Globalization;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// What <c>ttpcov rules</c> prints: counts by role and kind, techniques carried, notes, duplicates left out and the
/// problems grouped by file, so a user can see what was read before trusting a ladder.
/// </summary>
public sealed class RuleSetSummaryWriter
{
    public void Write(RuleSet set, TextWriter output)
    {
        output.WriteLine(Line($"Read {set.Rules.Count} rules from {set.Sources.Count} source(s): {set.EnabledRules} enabled, {set.DisabledRules} disabled, {set.Templates} templates, {set.IncidentCreationRules} incident-creation"));
        output.WriteLine(Line($"With techniques: {set.Rules.Count(r => r.Techniques.Count > 0)}; distinct technique IDs: {set.Rules.SelectMany(r => r.Techniques).Distinct().Count()}"));
        output.WriteLine("By kind:");
        foreach (var (kind, count) in set.CountsByKind())
        {
            output.WriteLine(Line($"  {kind,-36} {count,6}"));
        }

        foreach (var note in set.Notes)
        {
            output.WriteLine(Line($"Note: {note}"));
        }

        output.WriteLine(Line($"Duplicates left out ({set.Duplicates.Count}):"));
        foreach (var d in set.Duplicates)
        {
            output.WriteLine(Line($"  {d.Id} '{d.Name}': kept {d.KeptSource}, left out {d.DroppedSource} ({d.Reason})"));
        }

        var byFile = set.Problems.GroupBy(p => p.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.WriteLine(Line($"Problems ({set.Problems.Count} in {byFile.Count} file(s)):"));
        foreach (var file in byFile)
        {
            output.WriteLine(Line($"  {file.Key}"));
            foreach (var problem in file)
            {
                output.WriteLine(Line($"    {problem.Message}"));
            }
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
