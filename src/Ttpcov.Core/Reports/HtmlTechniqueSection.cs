using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The per-technique tables: the gaps (most frequent KB tier first) with what would close each, and the covered
/// techniques (most alerts first) with their evidence. Each row is a <c>tr</c> with <c>data-technique</c>. With rules,
/// a gap's last column gives way to its rung and how to close it (<see cref="HtmlLadderCells"/>).
/// </summary>
internal static class HtmlTechniqueSection
{
    public static void WriteGaps(ReportModel report, TextWriter output)
    {
        var gaps = report.Gaps;
        output.Write($"<section id=\"gaps\">\n<h2>Not covered ({InvariantText.Number(gaps.Count)}), most frequent KB tier first</h2>\n");
        var last = report.Ladder is null ? "<th>What would close it</th>" : HtmlLadderCells.Headers;
        output.Write($"<table>\n<tr><th>ID</th><th>Technique</th><th>Tactics</th><th>KB tier</th><th>Parent only</th>{last}</tr>\n");
        foreach (var t in gaps)
        {
            output.Write($"<tr data-technique=\"{t.Id}\" data-status=\"uncovered\"><td class=\"id\">{t.Id}</td><td>{E(t.Name)}</td><td>{E(string.Join(", ", t.Tactics))}</td>");
            output.Write($"<td class=\"tier-{(t.Tier is { } tier ? InvariantText.Number(tier) : "none")}\">{E(InvariantText.Tier(t.Tier))}</td>");
            output.Write($"<td>{(t.ParentOnly ? E($"yes: {InvariantText.Number(t.ParentOnlyAlerts)} alert(s) carry {t.Id.Parent}") : "no")}</td>");
            output.Write(report.Ladder is null
                ? $"<td>{E(GapAdvice.For(t, report.DataComponentsOf(t.Id)))}</td></tr>\n"
                : HtmlLadderCells.For(t, report.LadderOf(t.Id)) + "</tr>\n");
        }

        output.Write("</table>\n</section>\n");
    }

    public static void WriteCovered(ReportModel report, TextWriter output)
    {
        var covered = report.Covered;
        output.Write($"<section id=\"covered\">\n<h2>Covered ({InvariantText.Number(covered.Count)}), most alerts first</h2>\n");
        output.Write("<table>\n<tr><th>ID</th><th>Technique</th><th>KB tier</th><th class=\"num\">Alerts</th><th>First seen</th><th>Last seen</th><th>Alert names</th><th>Rules</th><th>Products</th><th>Observed as</th></tr>\n");
        foreach (var t in covered)
        {
            var e = t.Evidence;
            output.Write($"<tr data-technique=\"{t.Id}\" data-status=\"covered\"><td class=\"id\">{t.Id}</td><td>{E(t.Name)}</td><td>{E(InvariantText.Tier(t.Tier))}</td>");
            output.Write($"<td class=\"num\">{InvariantText.Number(e.AlertCount)}</td><td class=\"num\">{InvariantText.Timestamp(e.FirstSeen)}</td><td class=\"num\">{InvariantText.Timestamp(e.LastSeen)}</td>");
            output.Write($"<td>{Names(e.AlertNames)}</td><td>{Names(e.Rules)}</td><td>{Names(e.Products)}</td><td>{Names(e.ObservedAs)}</td></tr>\n");
        }

        output.Write("</table>\n</section>\n");
    }

    private static string Names(IReadOnlyList<CountedName> names)
    {
        if (names.Count == 0)
        {
            return InvariantText.Missing;
        }

        var items = names.Take(ReportModel.MaxListed).Select(n => $"<li>{E(InvariantText.Counted(n))}</li>").ToList();
        if (names.Count > ReportModel.MaxListed)
        {
            items.Add($"<li>{E(ReportText.More(names))}</li>");
        }

        return $"<ul class=\"names\">{string.Concat(items)}</ul>";
    }

    private static string E(string text) => MarkupText.Escape(text);
}
