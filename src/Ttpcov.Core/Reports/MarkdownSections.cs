using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>The tables of <c>report.md</c>: per tactic, per product, gaps (with rules: rung and how to close it), covered techniques and ID problems.</summary>
internal static class MarkdownSections
{
    public static void WriteBreakdown(ReportModel report, TextWriter output)
    {
        Heading(output, "Per tactic");
        Row(output, "Tactic", "Covered", "KB techniques", "%");
        Line(output, "|---|--:|--:|--:|");
        foreach (var c in report.Matrix.Columns)
        {
            Row(output, E(c.Name), N(c.Covered), N(c.KbTechniques), InvariantText.Percent(c.KbTechniques == 0 ? 0 : 100.0 * c.Covered / c.KbTechniques));
        }

        Heading(output, "Per product");
        if (report.Products.Count == 0)
        {
            Line(output, "No alert covered a KB technique.");
            return;
        }

        Row(output, "Product", "KB techniques covered", "% of KB");
        Line(output, "|---|--:|--:|");
        foreach (var p in report.Products)
        {
            Row(output, E(string.IsNullOrWhiteSpace(p.Product) ? InvariantText.Missing : p.Product), N(p.Techniques), InvariantText.Percent(p.Percent));
        }
    }

    public static void WriteGaps(ReportModel report, TextWriter output)
    {
        var gaps = report.Gaps;
        Heading(output, $"Not covered ({N(gaps.Count)}), most frequent KB tier first");
        if (report.Ladder is not null)
        {
            WriteLadderGaps(report, output);
            return;
        }

        Row(output, "ID", "Technique", "Tactics", "KB tier", "Parent only", "What would close it");
        Line(output, "|---|---|---|---|---|---|");
        foreach (var t in gaps)
        {
            Row(output, $"`{t.Id}`", E(t.Name), E(string.Join(", ", t.Tactics)), E(InvariantText.Tier(t.Tier)),
                ParentOnly(t), E(GapAdvice.For(t, report.DataComponentsOf(t.Id))));
        }
    }

    // With rules: the rung, and the steps that would close the gap in place of the general advice.
    private static void WriteLadderGaps(ReportModel report, TextWriter output)
    {
        Row(output, "ID", "Technique", "Tactics", "KB tier", "Parent only", "Rung", "How to close it");
        Line(output, "|---|---|---|---|---|---|---|");
        foreach (var t in report.Gaps)
        {
            var ladder = report.LadderOf(t.Id);
            Row(output, $"`{t.Id}`", E(t.Name), E(string.Join(", ", t.Tactics)), E(InvariantText.Tier(t.Tier)), ParentOnly(t),
                ladder is null ? InvariantText.Missing : E(ladder.RungName),
                ladder is null ? InvariantText.Missing : string.Join("<br>", LadderAdvice.For(t, ladder).Select(s => E(s.Text))));
        }
    }

    public static void WriteCovered(ReportModel report, TextWriter output)
    {
        var covered = report.Covered;
        Heading(output, $"Covered ({N(covered.Count)}), most alerts first");
        Row(output, "ID", "Technique", "KB tier", "Alerts", "First seen", "Last seen", "Alert names", "Rules", "Products", "Observed as");
        Line(output, "|---|---|---|--:|---|---|---|---|---|---|");
        foreach (var t in covered)
        {
            var e = t.Evidence;
            Row(output, $"`{t.Id}`", E(t.Name), E(InvariantText.Tier(t.Tier)), N(e.AlertCount), InvariantText.Timestamp(e.FirstSeen), InvariantText.Timestamp(e.LastSeen),
                Names(e.AlertNames), Names(e.Rules), Names(e.Products), Names(e.ObservedAs));
        }
    }

    public static void WriteIds(CoverageResult result, TextWriter output)
    {
        Heading(output, "Technique IDs");
        foreach (var (title, rows) in ReportText.IdSections(result))
        {
            Line(output, $"### {E(title)} ({N(rows.Count)})");
            Line(output);
            if (rows.Count == 0)
            {
                Line(output, "None.");
                Line(output);
                continue;
            }

            Row(output, "Value", "Alerts", "Detail");
            Line(output, "|---|--:|---|");
            foreach (var (value, alerts, detail) in rows)
            {
                Row(output, E(value), N(alerts), E(detail));
            }

            Line(output);
        }
    }

    private static string ParentOnly(KbTechniqueCoverage t) =>
        t.ParentOnly ? E($"yes: {N(t.ParentOnlyAlerts)} alert(s) carry {t.Id.Parent}") : "no";

    private static string Names(IReadOnlyList<CountedName> names)
    {
        if (names.Count == 0)
        {
            return InvariantText.Missing;
        }

        var items = names.Take(ReportModel.MaxListed).Select(n => E(InvariantText.Counted(n))).ToList();
        if (names.Count > ReportModel.MaxListed)
        {
            items.Add(E(ReportText.More(names)));
        }

        return string.Join("<br>", items);
    }

    private static void Heading(TextWriter output, string title)
    {
        Line(output);
        Line(output, "## " + title);
        Line(output);
    }

    private static void Row(TextWriter output, params string[] cells) => Line(output, "| " + string.Join(" | ", cells) + " |");

    private static void Line(TextWriter output, string text = "") => MarkdownReportWriter.Line(output, text);

    private static string E(string text) => MarkdownText.Escape(text);

    private static string N(long value) => InvariantText.Number(value);
}
