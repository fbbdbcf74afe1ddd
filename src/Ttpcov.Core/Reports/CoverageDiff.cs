using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Reports;

/// <summary>
/// What changed between two runs. <see cref="Gained"/>: KB techniques covered now and not before; <see cref="Lost"/>:
/// covered before and not now (only techniques of the new KB: one that left the KB is in <see cref="LeftKb"/>, with a
/// warning, not lost); <see cref="Changed"/>: covered in both with another alert count. <see cref="Warnings"/> says
/// when the two runs are not comparable as they stand (another KB, KB hash or ATT&amp;CK version, or NEW older than OLD).
/// <see cref="RungChanges"/>: when both runs had rules, the KB techniques of both whose ladder rung changed.
/// </summary>
public sealed record CoverageDiff(
    CoverageSummary Old,
    CoverageSummary New,
    IReadOnlyList<CountChange> Gained,
    IReadOnlyList<CountChange> Lost,
    IReadOnlyList<CountChange> Changed,
    IReadOnlyList<TechniqueId> LeftKb,
    IReadOnlyList<TechniqueId> JoinedKb,
    IReadOnlyList<string> Warnings)
{
    public bool AnyLost => Lost.Count > 0;

    /// <summary>True when both runs had rules, so <see cref="RungChanges"/> means something.</summary>
    public bool BothHaveRungs => Old.Rungs is not null && New.Rungs is not null;

    public IReadOnlyList<RungChange> RungChanges { get; init; } = [];

    public static CoverageDiff Between(CoverageSummary old, CoverageSummary @new)
    {
        var oldCovered = old.CoveredIds.ToHashSet();
        var newCovered = @new.CoveredIds.ToHashSet();
        var oldKb = old.CoveredIds.Concat(old.UncoveredIds).ToHashSet();
        var newKb = @new.CoveredIds.Concat(@new.UncoveredIds).ToHashSet();
        CountChange Change(TechniqueId id) => new(id, @new.NameOf(id), old.AlertCounts.GetValueOrDefault(id), @new.AlertCounts.GetValueOrDefault(id));

        var gained = newCovered.Where(id => !oldCovered.Contains(id)).Order().Select(Change).ToList();
        var lost = oldCovered.Where(id => newKb.Contains(id) && !newCovered.Contains(id)).Order().Select(Change).ToList();
        var changed = newCovered.Where(oldCovered.Contains).Order().Select(Change).Where(c => c.Delta != 0).ToList();
        var left = oldKb.Where(id => !newKb.Contains(id)).Order().ToList();
        var joined = newKb.Where(id => !oldKb.Contains(id)).Order().ToList();
        return new CoverageDiff(old, @new, gained, lost, changed, left, joined, Warn(old, @new, left, joined))
        {
            RungChanges = RungChangesOf(old, @new),
        };
    }

    private static List<RungChange> RungChangesOf(CoverageSummary old, CoverageSummary @new)
    {
        if (old.Rungs is not { } before || @new.Rungs is not { } after)
        {
            return [];
        }

        return [.. after.Keys.Where(before.ContainsKey).Order()
            .Where(id => before[id] != after[id])
            .Select(id => new RungChange(id, @new.NameOf(id), before[id], after[id]))];
    }

    private static List<string> Warn(CoverageSummary old, CoverageSummary @new, List<TechniqueId> left, List<TechniqueId> joined)
    {
        var warnings = new List<string>();
        if (old.KbName != @new.KbName || old.KbVersion != @new.KbVersion)
        {
            warnings.Add($"the KB differs: {old.KbName} {old.KbVersion} before, {@new.KbName} {@new.KbVersion} now");
        }
        else if (!string.Equals(old.KbSha256, @new.KbSha256, StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"the KB file differs (sha256 {InvariantText.ShortHash(old.KbSha256)} before, {InvariantText.ShortHash(@new.KbSha256)} now)");
        }

        if (old.AttackVersion != @new.AttackVersion)
        {
            warnings.Add($"the target ATT&CK version differs: {old.AttackVersion} before, {@new.AttackVersion} now; techniques may have been remapped");
        }

        if (old.KbAttackVersion != @new.KbAttackVersion)
        {
            warnings.Add($"the KB's ATT&CK version differs: {old.KbAttackVersion} before, {@new.KbAttackVersion} now");
        }

        if (left.Count > 0 || joined.Count > 0)
        {
            warnings.Add($"{InvariantText.Number(left.Count)} technique(s) left the KB and {InvariantText.Number(joined.Count)} joined it; they are not counted as lost or gained");
        }

        if (@new.GeneratedAt < old.GeneratedAt)
        {
            warnings.Add($"NEW ({InvariantText.Timestamp(@new.GeneratedAt)}) is older than OLD ({InvariantText.Timestamp(old.GeneratedAt)}): are the arguments swapped?");
        }

        return warnings;
    }
}
