namespace Ttpcov.Core.Reports;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no script, no external resource; a
/// Content-Security-Policy forbids them all) with the headline figures, the run, the ATT&amp;CK matrix, coverage per
/// tactic and per product, the gaps with what would close them (with rules: each technique's rung of the evidence ladder and the
/// templates, rules or data that would close it), the covered techniques with their evidence and the
/// IDs that could not be used. Every value taken from alerts, rules or reference files is escaped with
/// <see cref="MarkupText"/>. The generation time is the result's: the output depends on nothing else.
/// </summary>
public sealed class HtmlReportWriter
{
    public void Write(ReportModel report, TextWriter output)
    {
        var result = report.Result;
        var run = result.Run;
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        output.Write($"<meta name=\"generator\" content=\"ttpcov {MarkupText.Escape(run.ToolVersion)}\"/>\n");
        output.Write($"<title>{MarkupText.Escape($"Insider threat coverage: {InvariantText.Percent(result.Totals.Percent)} % of {run.KbName} {run.KbVersion}")}</title>\n");
        output.Write($"<style>\n{HtmlReportStyle.Css}{(report.Ladder is null ? string.Empty : HtmlReportStyle.LadderCss)}</style>\n</head>\n<body>\n<main>\n");
        output.Write("<h1>Insider threat coverage</h1>\n");
        output.Write($"<p class=\"sub\">{MarkupText.Escape($"{run.KbName} {run.KbVersion} · ATT&CK {run.AttackVersion} · {run.Window} · generated {InvariantText.Timestamp(run.GeneratedAt)}")}</p>\n");
        HtmlSummarySection.Write(report, output);
        output.Write("<section id=\"matrix\">\n<h2>ATT&amp;CK matrix</h2>\n<div class=\"matrix-scroll\">\n");
        new MatrixSvgWriter().Write(report.Matrix, output, standalone: false);
        output.Write("</div>\n</section>\n");
        HtmlBreakdownSection.Write(report, output);
        HtmlTechniqueSection.WriteGaps(report, output);
        HtmlTechniqueSection.WriteCovered(report, output);
        HtmlIdSection.Write(result, output);
        output.Write($"<footer>{MarkupText.Escape($"Generated {InvariantText.Timestamp(run.GeneratedAt)} by ttpcov {run.ToolVersion}. Data: MITRE ATT&CK® and the CTID Insider Threat TTP Knowledge Base.")}</footer>\n");
        output.Write("</main>\n</body>\n</html>\n");
    }
}
