using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// Applies the coverage rules of docs/coverage.md to one technique set: every ID is first mapped onto the target
/// version; a mapped ID covers the KB technique with that ID, and a mapped sub-technique also covers its parent when
/// the parent is in the KB. A parent alone never covers a KB sub-technique; that case is recorded as "parent only".
/// </summary>
internal sealed class SetCoverageAnalyser(KbTargetMap kb, TechniqueResolver resolver)
{
    public SetCoverage Analyse(ExtractedTechniques set)
    {
        var covers = new SortedDictionary<TechniqueId, SortedSet<string>>();
        var observed = new SortedSet<TechniqueId>();
        var unmappable = new List<(string, string)>();
        var remapped = new List<(string, string, string)>();

        foreach (var id in set.Ids)
        {
            var resolution = resolver.Resolve(id);
            if (resolution.Target is not { } target)
            {
                unmappable.Add((id.ToString(), resolution.Reason));
                continue;
            }

            if (target != id)
            {
                remapped.Add((id.ToString(), target.ToString(), string.Join(" → ", resolution.Path)));
            }

            observed.Add(target);
            AddCover(covers, target, id);
            if (target.IsSubTechnique)
            {
                AddCover(covers, target.Parent, id);
            }
        }

        var parentOnly = observed
            .Where(t => !t.IsSubTechnique)
            .SelectMany(parent => kb.SubTechniquesByParent[parent])
            .Where(sub => !covers.ContainsKey(sub))
            .Distinct()
            .Order()
            .ToList();

        return new SetCoverage(
            [.. covers.Select(c => (c.Key, (IReadOnlyList<string>)[.. c.Value]))],
            parentOnly,
            [.. observed],
            unmappable,
            remapped);
    }

    private void AddCover(SortedDictionary<TechniqueId, SortedSet<string>> covers, TechniqueId kbId, TechniqueId spelledAs)
    {
        if (!kb.Targets.ContainsKey(kbId))
        {
            return;
        }

        if (!covers.TryGetValue(kbId, out var via))
        {
            via = new SortedSet<string>(StringComparer.Ordinal);
            covers.Add(kbId, via);
        }

        via.Add(spelledAs.ToString());
    }
}
