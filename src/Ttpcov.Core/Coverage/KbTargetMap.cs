using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Core.Coverage;

/// <summary>Maps every KB technique onto the target ATT&amp;CK version, and reports the ones it cannot express.</summary>
internal sealed class KbTargetMap
{
    public KbTargetMap(KnowledgeBase kb, TechniqueResolver resolver)
    {
        foreach (var technique in kb.Techniques)
        {
            var resolution = resolver.Resolve(technique.Id);
            if (resolution.Target is not { } target)
            {
                Unmapped.Add(new IdReport(technique.Id.ToString(), 0, resolution.Reason, kb.Source));
                continue;
            }

            if (!Targets.TryGetValue(target, out var entry))
            {
                entry = new KbTarget(target);
                Targets.Add(target, entry);
            }

            entry.KbIds.Add(technique.Id);
            entry.Tier = Max(entry.Tier, technique.Tier);
            entry.Tactics.AddRange(technique.Tactics.Where(t => !entry.Tactics.Contains(t)));
            if (target != technique.Id)
            {
                Remapped.Add(new IdMapping(technique.Id.ToString(), target.ToString(), string.Join(" → ", resolution.Path), 0));
            }
        }
    }

    public SortedDictionary<TechniqueId, KbTarget> Targets { get; } = [];

    public List<IdReport> Unmapped { get; } = [];

    /// <summary>KB IDs that the target version spells differently.</summary>
    public List<IdMapping> Remapped { get; } = [];

    /// <summary>KB sub-techniques by their parent, for the "parent only" annotation.</summary>
    public ILookup<TechniqueId, TechniqueId> SubTechniquesByParent =>
        _subsByParent ??= Targets.Keys.Where(id => id.IsSubTechnique).ToLookup(id => id.Parent);

    private ILookup<TechniqueId, TechniqueId>? _subsByParent;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
