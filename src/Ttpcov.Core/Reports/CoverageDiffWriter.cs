using System.Globalization;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Writes a <see cref="CoverageDiff"/> for a person: the headline change, then newly covered, newly lost and alert
/// count changes (and, when both runs had rules, rung changes), one technique a line. Plain ASCII (other characters become '?'), invariant numbers, LF line ends.
/// </summary>
public sealed class CoverageDiffWriter
{
    public void Write(CoverageDiff diff, TextWriter output)
    {
        var (old, @new) = (diff.Old, diff.New);
        Line(output, $"Coverage {InvariantText.Percent(old.Percent)} % -> {InvariantText.Percent(@new.Percent)} % ({Signed(@new.Percent - old.Percent)}), weighted {InvariantText.Percent(old.WeightedPercent)} % -> {InvariantText.Percent(@new.WeightedPercent)} %");
        Line(output, $"Runs: {InvariantText.Timestamp(old.GeneratedAt)} -> {InvariantText.Timestamp(@new.GeneratedAt)}; KB {@new.KbName} {@new.KbVersion}, ATT&CK {@new.AttackVersion}");
        Section(output, "Newly covered", diff.Gained);
        Section(output, "Newly lost", diff.Lost);
        Section(output, "Alert count changes", diff.Changed);
        if (diff.BothHaveRungs)
        {
            Line(output, string.Empty);
            Line(output, $"Rung changes ({InvariantText.Number(diff.RungChanges.Count)}):");
            foreach (var c in diff.RungChanges)
            {
                Line(output, $"  {c.Id,-10} {TechniqueRuleCoverage.Name(c.Before)} -> {TechniqueRuleCoverage.Name(c.After)} ({(c.Improved ? "up" : "down")})  {c.Name}");
            }

            if (diff.RungChanges.Count == 0)
            {
                Line(output, "  (none)");
            }
        }
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<CountChange> changes)
    {
        Line(output, string.Empty);
        Line(output, $"{title} ({InvariantText.Number(changes.Count)}):");
        if (changes.Count == 0)
        {
            Line(output, "  (none)");
            return;
        }

        foreach (var c in changes)
        {
            var counts = $"{InvariantText.Number(c.Before)} -> {InvariantText.Number(c.After)} ({(c.Delta > 0 ? "+" : string.Empty)}{InvariantText.Number(c.Delta)})";
            Line(output, $"  {c.Id,-10} {counts,-24} {c.Name}");
        }
    }

    private static string Signed(double delta)
    {
        var rounded = InvariantText.RoundPercent(delta);
        return (rounded > 0 ? "+" : string.Empty) + rounded.ToString("0.0", CultureInfo.InvariantCulture);
    }

    private static void Line(TextWriter output, string text)
    {
        foreach (var c in text)
        {
            output.Write(c is >= ' ' and <= '~' ? c : '?');
        }

        output.Write('\n');
    }
}
