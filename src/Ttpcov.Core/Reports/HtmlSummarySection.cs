using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>The headline figures (each a <c>data-figure</c> element the browser test reads) and the table of run facts.</summary>
internal static class HtmlSummarySection
{
    public static void Write(ReportModel report, TextWriter output)
    {
        var result = report.Result;
        var totals = result.Totals;
        output.Write("<section id=\"headline\" class=\"figures\">\n");
        Figure(output, "coverage", InvariantText.Percent(totals.Percent) + " %", $"of KB techniques covered ({InvariantText.Number(totals.Covered)} of {InvariantText.Number(totals.KbTechniques)})", null);
        Figure(output, "weighted", InvariantText.Percent(totals.WeightedPercent) + " %", "weighted by KB frequency tier", null);
        Figure(output, "covered", InvariantText.Number(totals.Covered), "KB techniques covered", "good");
        Figure(output, "uncovered", InvariantText.Number(totals.Uncovered), "KB techniques not covered", "bad");
        Figure(output, "frequent-gaps", InvariantText.Number(result.Techniques.Count(t => !t.Covered && t.Tier >= 3)), "gaps of KB tier 3 (frequent)", "bad");
        Figure(output, "alerts", InvariantText.Number(result.Alerts.UniqueAlerts), $"unique alerts, {InvariantText.Number(result.Alerts.AlertsWithTechniques)} with techniques", null);
        output.Write("</section>\n");
        WriteLadder(report, output);
        WriteRun(report, output);
    }

    // The rung counts of the evidence ladder: one figure per rung, each with data-figure="rung-TOKEN" and data-rung.
    private static void WriteLadder(ReportModel report, TextWriter output)
    {
        if (report.Rules is not { } rules)
        {
            return;
        }

        output.Write("<section id=\"ladder\" class=\"figures\">\n");
        foreach (var rung in LadderText.Rungs)
        {
            var token = LadderText.Token(rung);
            output.Write($"<div class=\"figure rung rung-{token}\" data-figure=\"rung-{token}\" data-rung=\"{token}\"><span class=\"value\">{InvariantText.Number(rules.Count(rung))}</span><span class=\"label\">{MarkupText.Escape($"KB techniques: {TechniqueRuleCoverage.Name(rung)}")}</span></div>\n");
        }

        output.Write("</section>\n");
    }

    private static void Figure(TextWriter output, string name, string value, string label, string? tone)
    {
        output.Write($"<div class=\"figure{(tone is null ? string.Empty : " " + tone)}\" data-figure=\"{name}\"><span class=\"value\">{MarkupText.Escape(value)}</span><span class=\"label\">{MarkupText.Escape(label)}</span></div>\n");
    }

    private static void WriteRun(ReportModel report, TextWriter output)
    {
        var run = report.Result.Run;
        var a = report.Result.Alerts;
        output.Write("<section id=\"run\">\n<h2>Run</h2>\n<table class=\"facts\">\n");
        Fact(output, "Window", run.Window.ToString());
        Fact(output, "Workspaces", report.Workspaces.Count == 0 ? InvariantText.Missing : string.Join(", ", report.Workspaces));
        Fact(output, "Sources", InvariantText.Sources(run));
        Fact(output, "KB", $"{run.KbName} {run.KbVersion} (built on ATT&CK {run.KbAttackVersion})");
        output.Write($"<tr><th>KB sha256</th><td class=\"hash\"><code>{MarkupText.Escape(run.KbSha256)}</code></td></tr>\n");
        Fact(output, "ATT&CK", $"{run.AttackVersion} ({run.AttackSource})");
        Fact(output, "Generated", $"{InvariantText.Timestamp(run.GeneratedAt)} by ttpcov {run.ToolVersion}");
        Fact(output, "Alert rows", $"{InvariantText.Number(a.RowsRead)} read; {InvariantText.Number(a.UniqueAlerts)} unique alerts, {InvariantText.Number(a.AlertsWithTechniques)} with techniques; skipped {InvariantText.Number(a.RowsOutsideWindow)} outside the window, {InvariantText.Number(a.RowsWithoutTime)} without time, {InvariantText.Number(a.DuplicateRows)} duplicates");
        if (report.Rules is { } rules)
        {
            Fact(output, "Rules", LadderText.Read(rules.RuleSet));
        }

        output.Write("</table>\n</section>\n");
    }

    private static void Fact(TextWriter output, string name, string value) =>
        output.Write($"<tr><th>{MarkupText.Escape(name)}</th><td>{MarkupText.Escape(value)}</td></tr>\n");
}
