using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// What the HTML and Markdown reports show, derived once from a result and the target ATT&amp;CK catalog: the
/// matrix, coverage per product, the workspaces alerts came from and the data components ATT&amp;CK names for each
/// KB technique (what a detection for a gap would need to see).
/// </summary>
public sealed record ReportModel(
    CoverageResult Result,
    MatrixModel Matrix,
    IReadOnlyList<ProductCoverage> Products,
    IReadOnlyList<string> Workspaces,
    IReadOnlyDictionary<TechniqueId, IReadOnlyList<string>> DataComponents)
{
    /// <summary>How many alert names, rules or products a technique lists before "+K more".</summary>
    public const int MaxListed = 10;

    public static ReportModel Create(CoverageResult result, AttackCatalog catalog)
    {
        var kbCount = result.Techniques.Count;
        var products = result.Techniques
            .Where(t => t.Covered)
            .SelectMany(t => t.Evidence.Products.Select(p => p.Name).Distinct(StringComparer.Ordinal))
            .GroupBy(p => p, StringComparer.Ordinal)
            .Select(g => new ProductCoverage(g.Key, g.Count(), kbCount == 0 ? 0 : 100.0 * g.Count() / kbCount))
            .OrderByDescending(p => p.Techniques)
            .ThenBy(p => p.Product, StringComparer.Ordinal)
            .ToList();
        var workspaces = result.Techniques
            .SelectMany(t => t.Evidence.Workspaces.Select(w => w.Name))
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var components = result.Techniques.ToDictionary(
            t => t.Id,
            t => catalog.TryGet(t.Id, out var known) ? known.DataComponents : (IReadOnlyList<string>)[]);
        return new ReportModel(result, MatrixModel.Create(result, catalog), products, workspaces, components);
    }

    public IReadOnlyList<string> DataComponentsOf(TechniqueId id) => DataComponents.TryGetValue(id, out var list) ? list : [];

    /// <summary>The KB techniques no alert covers, most frequent KB tier first, then by ID.</summary>
    public IReadOnlyList<KbTechniqueCoverage> Gaps =>
        [.. Result.Techniques.Where(t => !t.Covered).OrderByDescending(t => t.Tier ?? 0).ThenBy(t => t.Id)];

    /// <summary>The covered KB techniques, most alerts first, then by ID.</summary>
    public IReadOnlyList<KbTechniqueCoverage> Covered =>
        [.. Result.Techniques.Where(t => t.Covered).OrderByDescending(t => t.Evidence.AlertCount).ThenBy(t => t.Id)];
}
