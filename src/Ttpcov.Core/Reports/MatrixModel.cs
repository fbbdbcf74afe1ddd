using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The ATT&amp;CK matrix of one result: a column per tactic that holds KB techniques, in the catalog's matrix order
/// (tactics the catalog does not know follow, by name). A KB technique sits under every tactic the KB lists for it,
/// or the catalog's tactics when the KB lists none; a sub-technique sits under its parent, which is drawn as a
/// context cell when the KB does not hold it under that tactic. With rules, each KB cell carries its ladder rung.
/// </summary>
public sealed record MatrixModel(IReadOnlyList<MatrixColumn> Columns)
{
    public const string NoTactic = "no-tactic";

    public static MatrixModel Create(CoverageResult result, AttackCatalog catalog)
    {
        var byTactic = new Dictionary<string, Dictionary<TechniqueId, MatrixCell>>(StringComparer.Ordinal);
        foreach (var technique in result.Techniques)
        {
            foreach (var tactic in TacticsOf(technique, catalog))
            {
                if (!byTactic.TryGetValue(tactic, out var cells))
                {
                    byTactic[tactic] = cells = [];
                }

                cells[technique.Id] = Cell(technique, catalog) with { Rung = result.Rules?.For(technique.Id)?.Rung };
            }
        }

        var columns = byTactic
            .OrderBy(p => catalog.TacticOrder(p.Key))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new MatrixColumn(p.Key, TacticName(p.Key, catalog), WithParents(p.Value, catalog)))
            .ToList();
        return new MatrixModel(columns);
    }

    public IEnumerable<MatrixCell> Cells => Columns.SelectMany(c => c.Cells);

    /// <summary>True when rules were given: the cells carry their rung and the legend explains the rung marks.</summary>
    public bool HasRungs => Cells.Any(c => c.Rung is not null);

    private static IEnumerable<string> TacticsOf(KbTechniqueCoverage technique, AttackCatalog catalog)
    {
        if (technique.Tactics.Count > 0)
        {
            return technique.Tactics.Distinct(StringComparer.Ordinal);
        }

        return catalog.TryGet(technique.Id, out var known) && known.Tactics.Count > 0 ? known.Tactics : [NoTactic];
    }

    private static MatrixCell[] WithParents(Dictionary<TechniqueId, MatrixCell> cells, AttackCatalog catalog)
    {
        foreach (var parent in cells.Keys.Where(id => id.IsSubTechnique).Select(id => id.Parent).Distinct().ToList())
        {
            if (!cells.ContainsKey(parent))
            {
                var name = catalog.TryGet(parent, out var known) ? known.Name : parent.ToString();
                cells[parent] = new MatrixCell(parent, name, name, MatrixCellState.Context, null, 0, false);
            }
        }

        return [.. cells.Values.OrderBy(c => c.Id)];
    }

    private static MatrixCell Cell(KbTechniqueCoverage technique, AttackCatalog catalog)
    {
        var shortName = catalog.TryGet(technique.Id, out var known) ? known.Name
            : technique.Id.IsSubTechnique ? AfterParent(technique.Name) : technique.Name;
        var state = technique.Covered ? MatrixCellState.Covered : MatrixCellState.Uncovered;
        return new MatrixCell(technique.Id, shortName, technique.Name, state, technique.Tier, technique.Evidence.AlertCount, technique.ParentOnly);
    }

    private static string AfterParent(string name) => name.LastIndexOf(": ", StringComparison.Ordinal) is var i and >= 0 ? name[(i + 2)..] : name;

    private static string TacticName(string shortName, AttackCatalog catalog) =>
        catalog.Tactics.FirstOrDefault(t => t.ShortName == shortName)?.Name ?? (shortName == NoTactic ? "No tactic" : shortName);
}
