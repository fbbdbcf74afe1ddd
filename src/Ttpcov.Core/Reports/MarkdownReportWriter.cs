namespace Ttpcov.Core.Reports;

/// <summary>
/// Writes <c>report.md</c>: the content of <c>report.html</c> as GitHub Flavored Markdown for tickets and wikis
/// (headline, run, the matrix as <c>matrix.svg</c> beside it, per tactic, per product, gaps, covered techniques,
/// ID problems; with rules, the ladder counts and each gap's rung and how to close it). Every value from alerts, rules or reference files goes through <see cref="MarkdownText"/>; lines
/// end with LF; numbers and times are invariant.
/// </summary>
public sealed class MarkdownReportWriter
{
    public void Write(ReportModel report, TextWriter output)
    {
        var result = report.Result;
        var run = result.Run;
        var totals = result.Totals;
        Line(output, "# Insider threat coverage");
        Line(output);
        Line(output, $"**{InvariantText.Percent(totals.Percent)} %** of KB techniques covered ({InvariantText.Number(totals.Covered)} of {InvariantText.Number(totals.KbTechniques)}); **{InvariantText.Percent(totals.WeightedPercent)} %** weighted by KB frequency tier. "
            + $"{InvariantText.Number(totals.Uncovered)} not covered, {InvariantText.Number(result.Techniques.Count(t => !t.Covered && t.Tier >= 3))} of them of tier 3 (frequent).");
        if (report.Rules is { } rules)
        {
            Line(output);
            Line(output, $"Evidence ladder (analytic rules): {LadderText.Counts(rules)}.");
        }

        Line(output);
        Line(output, "| Run | |");
        Line(output, "|---|---|");
        Fact(output, "Window", run.Window.ToString());
        Fact(output, "Workspaces", report.Workspaces.Count == 0 ? InvariantText.Missing : string.Join(", ", report.Workspaces));
        Fact(output, "Sources", InvariantText.Sources(run));
        Fact(output, "KB", $"{run.KbName} {run.KbVersion} (built on ATT&CK {run.KbAttackVersion})");
        Fact(output, "KB sha256", run.KbSha256);
        Fact(output, "ATT&CK", $"{run.AttackVersion} ({run.AttackSource})");
        Fact(output, "Generated", $"{InvariantText.Timestamp(run.GeneratedAt)} by ttpcov {run.ToolVersion}");
        var a = result.Alerts;
        Fact(output, "Alert rows", $"{InvariantText.Number(a.RowsRead)} read; {InvariantText.Number(a.UniqueAlerts)} unique alerts, {InvariantText.Number(a.AlertsWithTechniques)} with techniques; skipped {InvariantText.Number(a.RowsOutsideWindow)} outside the window, {InvariantText.Number(a.RowsWithoutTime)} without time, {InvariantText.Number(a.DuplicateRows)} duplicates");
        if (report.Rules is { } ruleCoverage)
        {
            Fact(output, "Rules", LadderText.Read(ruleCoverage.RuleSet));
        }
        Line(output);
        Line(output, "## ATT&CK matrix");
        Line(output);
        Line(output, "![ATT&CK matrix of the KB techniques, covered in green, gaps in red, darker for more frequent KB tiers](matrix.svg)");
        MarkdownSections.WriteBreakdown(report, output);
        MarkdownSections.WriteGaps(report, output);
        MarkdownSections.WriteCovered(report, output);
        MarkdownSections.WriteIds(result, output);
    }

    internal static void Line(TextWriter output, string text = "") => output.Write(text + "\n");

    private static void Fact(TextWriter output, string name, string value) =>
        Line(output, $"| {MarkdownText.Escape(name)} | {MarkdownText.Escape(value)} |");
}
