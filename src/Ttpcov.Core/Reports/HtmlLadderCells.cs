using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The two cells a gap row gains when rules were given: its rung (<c>td.rung</c> with <c>data-rung</c>) and "How to
/// close it", a list of <see cref="LadderAdvice"/> steps, each <c>li</c> classed by its kind. All text escaped.
/// </summary>
internal static class HtmlLadderCells
{
    public const string Headers = "<th>Rung</th><th>How to close it</th>";

    public static string For(KbTechniqueCoverage technique, TechniqueRuleCoverage? ladder)
    {
        if (ladder is null)
        {
            return $"<td class=\"rung\">{InvariantText.Missing}</td><td class=\"close\">{InvariantText.Missing}</td>";
        }

        var token = LadderText.Token(ladder.Rung);
        var steps = LadderAdvice.For(technique, ladder)
            .Select(s => $"<li class=\"{MarkupText.Escape(s.Kind)}\">{MarkupText.Escape(s.Text)}</li>");
        return $"<td class=\"rung rung-{token}\" data-rung=\"{token}\">{MarkupText.Escape(ladder.RungName)}</td><td class=\"close\"><ul class=\"steps\">{string.Concat(steps)}</ul></td>";
    }
}
