using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// What the HTML and Markdown reports show, derived once from a result and the target ATT&amp;CK catalog: the
/// matrix, coverage per product, the workspaces alerts came from and the data components ATT&amp;CK names for each
/// KB technique (what a detection for a gap would need to see). When rules were given, <see cref="Ladder"/> holds
/// each KB technique's rung of the evidence ladder with its enabled and disabled rules, templates (with their required
/// data connectors) and data components; without rules it is null and the reports look as they did before rules.
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
        return new ReportModel(result, MatrixModel.Create(result, catalog), products, workspaces, components)
        {
            Ladder = result.Rules?.Techniques.ToDictionary(t => t.Id),
        };
    }

    /// <summary>Each KB technique's place on the evidence ladder, or null when no rules were given.</summary>
    public IReadOnlyDictionary<TechniqueId, TechniqueRuleCoverage>? Ladder { get; init; }

    /// <summary>What was read from the rules and the ladder counts, or null when no rules were given.</summary>
    public RuleCoverage? Rules => Result.Rules;

    /// <summary>A KB technique's place on the ladder; null without rules (or for an ID outside the result).</summary>
    public TechniqueRuleCoverage? LadderOf(TechniqueId id) => Ladder is not null && Ladder.TryGetValue(id, out var ladder) ? ladder : null;

    public IReadOnlyList<string> DataComponentsOf(TechniqueId id) => DataComponents.TryGetValue(id, out var list) ? list : [];

    /// <summary>The KB techniques no alert covers, most frequent KB tier first, then by ID.</summary>
    public IReadOnlyList<KbTechniqueCoverage> Gaps =>
        [.. Result.Techniques.Where(t => !t.Covered).OrderByDescending(t => t.Tier ?? 0).ThenBy(t => t.Id)];

    /// <summary>The covered KB techniques, most alerts first, then by ID.</summary>
    public IReadOnlyList<KbTechniqueCoverage> Covered =>
        [.. Result.Techniques.Where(t => t.Covered).OrderByDescending(t => t.Evidence.AlertCount).ThenBy(t => t.Id)];
}
