using System.Globalization;
using Ttpcov.Core.Layers;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The matrix legend: a row of tier shades for covered and one for not covered, then the two outline styles; with
/// rules, a last row for the rung marks on gaps.
/// </summary>
internal static class MatrixLegend
{
    public const int Width = 800;
    public const int Height = 64;
    private const int Swatch = 14;
    private const int RungRow = 20;

    public static int HeightOf(MatrixModel matrix) => Height + (matrix.HasRungs ? RungRow : 0);

    public static void Write(TextWriter output, int x, int y, bool rungs)
    {
        output.Write(Invariant($"<g class=\"legend\" transform=\"translate({x},{y})\" font-size=\"11\" fill=\"{MatrixPalette.DarkText}\">\n"));
        Row(output, 0, "Covered", MatrixCellState.Covered);
        Row(output, 18, "Not covered", MatrixCellState.Uncovered);
        output.Write(Invariant($"<rect x=\"0\" y=\"38\" width=\"{Swatch}\" height=\"{Swatch}\" rx=\"2\" fill=\"{MatrixPalette.Fill(MatrixCellState.Uncovered, 1)}\" stroke=\"{MatrixPalette.DarkText}\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"/>\n"));
        output.Write("<text x=\"20\" y=\"49\">dashed: only the parent technique is alerted on</text>\n");
        output.Write(Invariant($"<rect x=\"300\" y=\"38\" width=\"{Swatch}\" height=\"{Swatch}\" rx=\"2\" fill=\"{MatrixPalette.ContextFill}\" stroke=\"{MatrixPalette.ContextStroke}\"/>\n"));
        output.Write("<text x=\"320\" y=\"49\">white: parent shown to hold its KB sub-techniques (not a KB technique here)</text>\n");
        if (rungs)
        {
            RungMarks(output, 38 + RungRow);
        }

        output.Write("</g>\n");
    }

    private static void RungMarks(TextWriter output, int y)
    {
        output.Write(Invariant($"<text x=\"0\" y=\"{y + 11}\" font-weight=\"bold\">Gap marks</text>\n"));
        var x = 90;
        foreach (var rung in new[] { EvidenceRung.EnabledSilent, EvidenceRung.TemplateAvailable })
        {
            output.Write(Invariant($"<rect x=\"{x}\" y=\"{y + 3}\" width=\"8\" height=\"8\" fill=\"{LadderPalette.For(rung)}\" stroke=\"{MatrixPalette.DarkText}\" stroke-width=\"0.5\"/>\n"));
            output.Write(Invariant($"<text x=\"{x + 14}\" y=\"{y + 11}\">{TechniqueRuleCoverage.Name(rung)}</text>\n"));
            x += 180;
        }

        output.Write(Invariant($"<text x=\"{x}\" y=\"{y + 11}\">no mark: no detection (no enabled rule, no template)</text>\n"));
    }

    private static void Row(TextWriter output, int y, string label, MatrixCellState state)
    {
        output.Write(Invariant($"<text x=\"0\" y=\"{y + 11}\" font-weight=\"bold\">{label}</text>\n"));
        var x = 90;
        foreach (var tier in MatrixPalette.Tiers)
        {
            output.Write(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{Swatch}\" height=\"{Swatch}\" rx=\"2\" fill=\"{MatrixPalette.Fill(state, tier)}\"/>\n"));
            output.Write(Invariant($"<text x=\"{x + Swatch + 6}\" y=\"{y + 11}\">{(tier is { } t ? $"tier {t} ({InvariantText.TierName(t)})" : "no tier")}</text>\n"));
            x += 150;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
