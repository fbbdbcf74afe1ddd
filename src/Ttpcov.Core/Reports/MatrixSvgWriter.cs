using System.Globalization;
using Ttpcov.Core.Layers;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Draws the <see cref="MatrixModel"/> as SVG: a legend, then one column per tactic with a header (name, covered of
/// KB techniques) and one cell per technique, sub-techniques indented under their parent. Each cell is a
/// <c>&lt;g class="cell"&gt;</c> carrying <c>data-technique</c>, <c>data-tactic</c>, <c>data-status</c>
/// (covered, uncovered, context) and <c>data-tier</c>, with a <c>&lt;title&gt;</c> tooltip. With rules a KB cell also
/// carries <c>data-rung</c>, and a gap with a rule or template behind it a small corner mark in the rung's colour
/// (the fill stays covered/uncovered). All text is escaped
/// with <see cref="MarkupText"/>; coordinates are invariant integers; nothing depends on a clock or culture.
/// </summary>
public sealed class MatrixSvgWriter
{
    internal const int ColumnWidth = 128;
    internal const int CellHeight = 28;
    private const int Gap = 4;
    private const int Margin = 8;
    private const int SubIndent = 10;
    private const int HeaderHeight = 46;
    private const int RungMark = 7;

    /// <param name="standalone">True for <c>matrix.svg</c> (XML declaration, namespace); false to inline it in HTML.</param>
    public void Write(MatrixModel matrix, TextWriter output, bool standalone = true)
    {
        var rows = matrix.Columns.Select(c => c.Cells.Count).DefaultIfEmpty(0).Max();
        var width = Math.Max((2 * Margin) + (matrix.Columns.Count * (ColumnWidth + Gap)) - Gap, MatrixLegend.Width + (2 * Margin));
        var top = Margin + MatrixLegend.HeightOf(matrix);
        var height = top + HeaderHeight + (rows * (CellHeight + Gap)) + Margin;
        if (standalone)
        {
            output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }

        output.Write(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"matrix\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"matrix-title\" font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\">\n"));
        var covered = matrix.Cells.Where(c => c.State == MatrixCellState.Covered).Select(c => c.Id).Distinct().Count();
        var kb = matrix.Cells.Where(c => c.State != MatrixCellState.Context).Select(c => c.Id).Distinct().Count();
        output.Write(Invariant($"<title id=\"matrix-title\">ATT&amp;CK matrix of the KB techniques: {covered} of {kb} covered</title>\n"));
        MatrixLegend.Write(output, Margin, Margin, matrix.HasRungs);
        for (var i = 0; i < matrix.Columns.Count; i++)
        {
            WriteColumn(output, matrix.Columns[i], Margin + (i * (ColumnWidth + Gap)), top);
        }

        output.Write("</svg>\n");
    }

    private static void WriteColumn(TextWriter output, MatrixColumn column, int x, int y)
    {
        output.Write(Invariant($"<g class=\"tactic\" data-tactic=\"{MarkupText.Escape(column.ShortName)}\" transform=\"translate({x},{y})\">\n"));
        output.Write(Invariant($"<rect width=\"{ColumnWidth}\" height=\"{HeaderHeight - Gap}\" fill=\"#37474f\" rx=\"2\"/>\n"));
        var lines = MatrixLabel.Wrap(column.Name, 20, 2);
        for (var i = 0; i < lines.Count; i++)
        {
            output.Write(Invariant($"<text x=\"{ColumnWidth / 2}\" y=\"{14 + (i * 13)}\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">{MarkupText.Escape(lines[i])}</text>\n"));
        }

        output.Write(Invariant($"<text x=\"{ColumnWidth / 2}\" y=\"{HeaderHeight - Gap - 5}\" font-size=\"9\" fill=\"#eceff1\" text-anchor=\"middle\">{column.Covered} of {column.KbTechniques} covered</text>\n"));
        var cellY = HeaderHeight;
        foreach (var cell in column.Cells)
        {
            WriteCell(output, cell, column.ShortName, cellY);
            cellY += CellHeight + Gap;
        }

        output.Write("</g>\n");
    }

    private static void WriteCell(TextWriter output, MatrixCell cell, string tactic, int y)
    {
        var indent = cell.IsSubTechnique ? SubIndent : 0;
        var status = cell.State switch { MatrixCellState.Covered => "covered", MatrixCellState.Uncovered => "uncovered", _ => "context" };
        var tier = cell.Tier is { } t ? t.ToString(CultureInfo.InvariantCulture) : "none";
        output.Write(Invariant($"<g class=\"cell\" data-technique=\"{cell.Id}\" data-tactic=\"{MarkupText.Escape(tactic)}\" data-status=\"{status}\" data-tier=\"{tier}\"{(cell.ParentOnly ? " data-parent-only=\"true\"" : string.Empty)}{(cell.Rung is { } r ? $" data-rung=\"{LadderText.Token(r)}\"" : string.Empty)} transform=\"translate({indent},{y})\">\n"));
        output.Write($"<title>{MarkupText.Escape(Tooltip(cell))}</title>\n");
        var stroke = cell.State == MatrixCellState.Context
            ? $" stroke=\"{MatrixPalette.ContextStroke}\""
            : cell.ParentOnly ? $" stroke=\"{MatrixPalette.DarkText}\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"" : string.Empty;
        output.Write(Invariant($"<rect width=\"{ColumnWidth - indent}\" height=\"{CellHeight}\" rx=\"2\" fill=\"{MatrixPalette.Fill(cell.State, cell.Tier)}\"{stroke}/>\n"));
        var lines = MatrixLabel.Wrap($"{cell.Id} {cell.ShortName}", (ColumnWidth - indent - 8) / 5, 2);
        for (var i = 0; i < lines.Count; i++)
        {
            output.Write(Invariant($"<text x=\"4\" y=\"{11 + (i * 12)}\" font-size=\"10\" fill=\"{MatrixPalette.Text(cell.State, cell.Tier)}\">{MarkupText.Escape(lines[i])}</text>\n"));
        }

        if (cell.Rung is EvidenceRung.EnabledSilent or EvidenceRung.TemplateAvailable)
        {
            output.Write(Invariant($"<rect class=\"rung-mark\" x=\"{ColumnWidth - indent - RungMark - 2}\" y=\"2\" width=\"{RungMark}\" height=\"{RungMark}\" fill=\"{LadderPalette.For(cell.Rung.Value)}\" stroke=\"{MatrixPalette.LightText}\"/>\n"));
        }

        output.Write("</g>\n");
    }

    private static string Tooltip(MatrixCell cell)
    {
        var head = $"{cell.Id} {cell.FullName}";
        return cell.State switch
        {
            MatrixCellState.Covered => Invariant($"{head}: covered by {cell.Alerts} alert(s); KB tier {InvariantText.Tier(cell.Tier)}"),
            MatrixCellState.Uncovered => $"{head}: not covered; KB tier {InvariantText.Tier(cell.Tier)}{(cell.ParentOnly ? "; alerts carry only its parent" : string.Empty)}{(cell.Rung is { } rung ? "; rung: " + TechniqueRuleCoverage.Name(rung) : string.Empty)}",
            _ => $"{head}: not in the KB under this tactic, shown to hold its sub-techniques",
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
