using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Layers;

/// <summary>
/// Makes the three Navigator layers of one result: <c>insider-covered</c> (covered KB techniques scored by alert
/// count), <c>insider-uncovered</c> (the gaps coloured by KB tier) and <c>insider-coverage</c> (every KB technique,
/// covered on a green gradient, gaps in a neutral red).
/// </summary>
public sealed class LayerBuilder
{
    private readonly TechniqueAnnotations _annotations;

    /// <param name="maxListed">How many alert names, rules, products… a technique lists before "+K more".</param>
    public LayerBuilder(int maxListed = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxListed, 1);
        _annotations = new TechniqueAnnotations(maxListed);
    }

    public NavigatorLayer Covered(CoverageResult result)
    {
        var covered = result.Techniques.Where(t => t.Covered).ToList();
        var techniques = covered.Select(t => Annotate(t, t.Evidence.AlertCount, color: null)).ToList();
        return Layer(
            result,
            "Covered KB techniques",
            "KB techniques that alerts in the window cover; score = number of alerts.",
            techniques,
            ScoreGradient(covered),
            [new("fewest alerts", LayerPalette.CoveredLight), new("most alerts", LayerPalette.CoveredStrong)]);
    }

    public NavigatorLayer Uncovered(CoverageResult result)
    {
        var techniques = result.Techniques
            .Where(t => !t.Covered)
            .Select(t => Annotate(t, t.Tier, LayerPalette.ForTier(t.Tier)))
            .ToList();
        return Layer(
            result,
            "Uncovered KB techniques",
            "KB techniques that no alert in the window covers, coloured by KB frequency tier (score = tier).",
            techniques,
            new LayerGradient(LayerPalette.TierGradient, 1, 3),
            [
                new("frequent (tier 3)", LayerPalette.Frequent),
                new("moderate (tier 2)", LayerPalette.Moderate),
                new("infrequent (tier 1)", LayerPalette.Infrequent),
                new("no tier", LayerPalette.NoTier),
            ]);
    }

    public NavigatorLayer Coverage(CoverageResult result)
    {
        var techniques = result.Techniques
            .Select(t => t.Covered ? Annotate(t, t.Evidence.AlertCount, color: null) : Annotate(t, score: null, LayerPalette.NotCovered))
            .ToList();
        return Layer(
            result,
            "KB coverage",
            "Every KB technique: covered ones on a green gradient by number of alerts, the others in red-grey.",
            techniques,
            ScoreGradient(result.Techniques.Where(t => t.Covered)),
            [new("covered", LayerPalette.CoveredMedium), new("not covered", LayerPalette.NotCovered)]);
    }

    /// <summary>The three layers, in the order covered, uncovered, coverage.</summary>
    public IReadOnlyList<NavigatorLayer> All(CoverageResult result) => [Covered(result), Uncovered(result), Coverage(result)];

    private LayerTechnique Annotate(KbTechniqueCoverage technique, long? score, string? color) =>
        new(technique.Id, score, color, _annotations.Comment(technique), _annotations.Metadata(technique));

    private static LayerGradient ScoreGradient(IEnumerable<KbTechniqueCoverage> covered)
    {
        var max = covered.Select(t => t.Evidence.AlertCount).DefaultIfEmpty(0).Max();
        return new LayerGradient(LayerPalette.CoveredGradient, 0, Math.Max(max, 1));
    }

    private static NavigatorLayer Layer(
        CoverageResult result,
        string title,
        string what,
        List<LayerTechnique> techniques,
        LayerGradient gradient,
        IReadOnlyList<LegendItem> legend) =>
        new(
            LayerCaption.Name(title, result.Run),
            LayerCaption.Description(what, result),
            LayerCaption.AttackMajor(result.Run.AttackVersion),
            ExpandParents(techniques),
            gradient,
            legend,
            LayerCaption.Metadata(result));

    // Entries sorted by ID; a parent whose sub-techniques are also in the layer opens with them shown.
    internal static List<LayerTechnique> ExpandParents(List<LayerTechnique> techniques)
    {
        var parentsOfSubs = techniques.Where(t => t.Id.IsSubTechnique).Select(t => t.Id.Parent).ToHashSet();
        return techniques
            .OrderBy(t => t.Id)
            .Select(t => parentsOfSubs.Contains(t.Id) ? t with { ShowSubtechniques = true } : t)
            .ToList();
    }
}
