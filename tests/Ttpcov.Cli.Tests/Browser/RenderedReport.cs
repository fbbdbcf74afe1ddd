using System.Text.Json;

namespace Ttpcov.Cli.Tests.Browser;

/// <summary>What the browser drew for report.html, as read from the live DOM, and what it complained about.</summary>
internal sealed record RenderedReport(
    int CoveredTechniques,
    int UncoveredTechniques,
    int CoveredCells,
    int UncoveredCells,
    int CellsDrawn,
    int CellsInDom,
    string Coverage,
    string Weighted,
    string CoveredFigure,
    string UncoveredFigure,
    int Scripts,
    int InjectedElements,
    string VisibleText,
    IReadOnlyList<string> Complaints)
{
    /// <summary>With rules: the gap rows' rung cells that have a non-empty box on screen.</summary>
    public int RungCellsDrawn { get; init; }

    /// <summary>With rules: the rung figures of the headline, by rung token (empty without rules).</summary>
    public IReadOnlyDictionary<string, int> LadderFigures { get; init; } = new Dictionary<string, int>();

    // Counts the SVG cells by data-status (distinct technique IDs and cells), and how many have a non-empty box on screen.
    public const string Script = """
        (() => {
          const cells = s => [...document.querySelectorAll(`svg.matrix g.cell[data-status="${s}"]`)];
          const ids = s => new Set(cells(s).map(g => g.dataset.technique)).size;
          const fig = n => document.querySelector(`[data-figure="${n}"] .value`).textContent;
          const rects = [...document.querySelectorAll('svg.matrix g.cell rect')];
          return JSON.stringify({
            coveredTechniques: ids('covered'), uncoveredTechniques: ids('uncovered'),
            coveredCells: cells('covered').length, uncoveredCells: cells('uncovered').length,
            cellsDrawn: rects.filter(r => { const b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length,
            cellsInDom: rects.length,
            coverage: fig('coverage'), weighted: fig('weighted'), coveredFigure: fig('covered'), uncoveredFigure: fig('uncovered'),
            scripts: document.scripts.length,
            injectedElements: document.querySelectorAll('script, img, iframe, object, embed, link, form, input, foreignObject').length,
            visibleText: document.body.innerText,
            rungCellsDrawn: [...document.querySelectorAll('#gaps td.rung[data-rung]')].filter(td => { const b = td.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length,
            ladder: Object.fromEntries([...document.querySelectorAll('#ladder [data-rung]')].map(d => [d.dataset.rung, Number(d.querySelector('.value').textContent)])),
          });
        })()
        """;

    public static RenderedReport From(string json, IReadOnlyList<string> complaints)
    {
        using var document = JsonDocument.Parse(json);
        var r = document.RootElement;
        int I(string name) => r.GetProperty(name).GetInt32();
        string S(string name) => r.GetProperty(name).GetString()!;
        return new RenderedReport(
            I("coveredTechniques"), I("uncoveredTechniques"), I("coveredCells"), I("uncoveredCells"), I("cellsDrawn"), I("cellsInDom"),
            S("coverage"), S("weighted"), S("coveredFigure"), S("uncoveredFigure"), I("scripts"), I("injectedElements"), S("visibleText"), complaints)
        {
            RungCellsDrawn = I("rungCellsDrawn"),
            LadderFigures = r.GetProperty("ladder").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
        };
    }
}
