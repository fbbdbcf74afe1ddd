using System.Globalization;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The short plain-ASCII summary ttpcov prints: headline, alert statistics, the gaps (most frequent KB tier first),
/// the best-covered techniques and how many IDs could not be used, pointing at summary.json for the details.
/// Lines end with the writer's <see cref="TextWriter.NewLine"/>; everything else is invariant.
/// </summary>
public sealed class ConsoleSummaryWriter(int topCovered = 15)
{
    public void Write(CoverageResult result, TextWriter output)
    {
        var run = result.Run;
        var totals = result.Totals;
        output.WriteLine(Ascii($"Covered {totals.Covered} of {totals.KbTechniques} KB techniques: {InvariantText.Percent(totals.Percent)} % (weighted by tier {InvariantText.Percent(totals.WeightedPercent)} %)"));
        output.WriteLine(Ascii($"KB:      {InvariantText.Kb(run)}, ATT&CK {run.KbAttackVersion}"));
        output.WriteLine(Ascii($"ATT&CK:  Enterprise {run.AttackVersion} (IDs from alerts and the KB mapped onto it; source in summary.json)"));
        output.WriteLine(Ascii($"Window:  {run.Window}"));
        output.WriteLine(Ascii($"Sources: {InvariantText.Sources(run)}"));
        var a = result.Alerts;
        output.WriteLine(Ascii($"Alerts:  {a.RowsRead} rows read, {a.UniqueAlerts} unique alerts, {a.AlertsWithTechniques} with techniques"));
        output.WriteLine(Ascii($"         skipped: {a.RowsOutsideWindow} outside window, {a.RowsWithoutTime} without time, {a.DuplicateRows} duplicate rows"));
        output.WriteLine(Ascii($"         {a.RowsWithoutAlertId} rows without alert id, {a.AlertsWithUnreadableExtendedProperties} alerts with unreadable ExtendedProperties"));
        WriteUncovered(result, output);
        WriteCovered(result, output);
        output.WriteLine();
        output.WriteLine(Ascii($"Unrecognised technique values: {result.Unrecognised.Count}; unknown to ATT&CK {run.AttackVersion}: {result.UnknownToTarget.Count}"));
        output.WriteLine(Ascii($"Remapped IDs: {result.Remapped.Count}; KB IDs ATT&CK {run.AttackVersion} cannot express: {result.KbUnmapped.Count}. Details in summary.json."));
    }

    private static void WriteUncovered(CoverageResult result, TextWriter output)
    {
        var gaps = result.Techniques.Where(t => !t.Covered).OrderByDescending(t => t.Tier ?? 0).ThenBy(t => t.Id).ToList();
        output.WriteLine();
        output.WriteLine(Ascii($"Not covered ({gaps.Count}), most frequent KB tier first:"));
        if (gaps.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }

        output.WriteLine(Row("ID", "Tier", "Name"));
        foreach (var t in gaps)
        {
            var note = t.ParentOnly ? $"  [parent only: {t.ParentOnlyAlerts} alerts carry {t.Id.Parent}]" : string.Empty;
            output.WriteLine(Row(t.Id.ToString(), InvariantText.TierName(t.Tier), t.Name + note));
        }
    }

    private void WriteCovered(CoverageResult result, TextWriter output)
    {
        var covered = result.Techniques.Where(t => t.Covered).OrderByDescending(t => t.Evidence.AlertCount).ThenBy(t => t.Id).ToList();
        output.WriteLine();
        output.WriteLine(Ascii($"Covered ({covered.Count}), by alert count{(covered.Count > topCovered ? $", top {topCovered}" : string.Empty)}:"));
        if (covered.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }

        output.WriteLine(Row("ID", "Alerts", "Name"));
        foreach (var t in covered.Take(topCovered))
        {
            output.WriteLine(Row(t.Id.ToString(), InvariantText.Number(t.Evidence.AlertCount), t.Name));
        }
    }

    private static string Row(string id, string middle, string name) => Ascii($"  {id,-10} {middle,-10} {name}");

    // Invariant numbers; anything outside printable ASCII (names from a user's KB, control characters) becomes '?'.
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
