using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>The IDs that could not be used as they stood, and the techniques alerted on outside the KB: one small table each.</summary>
internal static class HtmlIdSection
{
    public static void Write(CoverageResult result, TextWriter output)
    {
        output.Write("<section id=\"ids\">\n<h2>Technique IDs</h2>\n");
        foreach (var (title, rows) in ReportText.IdSections(result))
        {
            output.Write($"<h3>{MarkupText.Escape(title)} ({InvariantText.Number(rows.Count)})</h3>\n");
            if (rows.Count == 0)
            {
                output.Write("<p>None.</p>\n");
                continue;
            }

            output.Write("<table>\n<tr><th>Value</th><th class=\"num\">Alerts</th><th>Detail</th></tr>\n");
            foreach (var (value, alerts, detail) in rows)
            {
                output.Write($"<tr><td><code>{MarkupText.Escape(value)}</code></td><td class=\"num\">{InvariantText.Number(alerts)}</td><td>{MarkupText.Escape(detail)}</td></tr>\n");
            }

            output.Write("</table>\n");
        }

        output.Write("</section>\n");
    }
}
