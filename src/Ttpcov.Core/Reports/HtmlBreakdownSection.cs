using System.Globalization;

namespace Ttpcov.Core.Reports;

/// <summary>Coverage per tactic (in matrix order) and per product, each with a bar a person can compare at a glance.</summary>
internal static class HtmlBreakdownSection
{
    public static void Write(ReportModel report, TextWriter output)
    {
        output.Write("<section id=\"tactics\">\n<h2>Per tactic</h2>\n<table class=\"breakdown\">\n<tr><th>Tactic</th><th class=\"num\">Covered</th><th class=\"num\">KB techniques</th><th class=\"num\">%</th><th></th></tr>\n");
        foreach (var column in report.Matrix.Columns)
        {
            var percent = column.KbTechniques == 0 ? 0 : 100.0 * column.Covered / column.KbTechniques;
            output.Write($"<tr data-tactic=\"{MarkupText.Escape(column.ShortName)}\"><td>{MarkupText.Escape(column.Name)}</td><td class=\"num\">{InvariantText.Number(column.Covered)}</td><td class=\"num\">{InvariantText.Number(column.KbTechniques)}</td><td class=\"num\">{InvariantText.Percent(percent)}</td><td>{Bar(percent)}</td></tr>\n");
        }

        output.Write("</table>\n</section>\n");
        output.Write("<section id=\"products\">\n<h2>Per product</h2>\n");
        if (report.Products.Count == 0)
        {
            output.Write("<p>No alert covered a KB technique.</p>\n</section>\n");
            return;
        }

        output.Write("<table class=\"breakdown\">\n<tr><th>Product</th><th class=\"num\">KB techniques covered</th><th class=\"num\">% of KB</th><th></th></tr>\n");
        foreach (var product in report.Products)
        {
            output.Write($"<tr><td>{MarkupText.Escape(Blank(product.Product))}</td><td class=\"num\">{InvariantText.Number(product.Techniques)}</td><td class=\"num\">{InvariantText.Percent(product.Percent)}</td><td>{Bar(product.Percent)}</td></tr>\n");
        }

        output.Write("</table>\n</section>\n");
    }

    private static string Bar(double percent) =>
        string.Create(CultureInfo.InvariantCulture, $"<span class=\"bar-bg\"><span class=\"bar\" style=\"width:{Math.Round(percent * 1.2)}px\"></span></span>");

    private static string Blank(string name) => string.IsNullOrWhiteSpace(name) ? InvariantText.Missing : name;
}
