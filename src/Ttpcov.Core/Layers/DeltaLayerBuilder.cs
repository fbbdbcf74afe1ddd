using Ttpcov.Core.Reports;

namespace Ttpcov.Core.Layers;

/// <summary>
/// Makes the delta layer of a <see cref="CoverageDiff"/> (<c>insider-delta.json</c>): newly covered techniques in
/// green, newly lost in red, and techniques covered in both runs whose alert count changed scored by the change on a
/// red-white-green gradient. Score = alerts now minus alerts before for every annotated technique.
/// </summary>
public sealed class DeltaLayerBuilder
{
    public const string Gained = "#1a9850";
    public const string Lost = "#d73027";

    public NavigatorLayer Build(CoverageDiff diff)
    {
        var techniques = diff.Gained.Select(c => Technique(c, "newly covered", Gained))
            .Concat(diff.Lost.Select(c => Technique(c, "newly lost", Lost)))
            .Concat(diff.Changed.Select(c => Technique(c, "alert count changed", color: null)))
            .OrderBy(t => t.Id)
            .ToList();
        var range = Math.Max(1, diff.Changed.Select(c => Math.Abs(c.Delta)).DefaultIfEmpty(0).Max());
        var (old, @new) = (diff.Old, diff.New);
        var when = $"{InvariantText.Timestamp(old.GeneratedAt)} to {InvariantText.Timestamp(@new.GeneratedAt)}";
        return new NavigatorLayer(
            $"KB coverage delta - {@new.KbName} {@new.KbVersion} - ATT&CK {@new.AttackVersion} - {when}",
            $"What changed from {when}: {InvariantText.Number(diff.Gained.Count)} newly covered (green), {InvariantText.Number(diff.Lost.Count)} newly lost (red), "
                + $"{InvariantText.Number(diff.Changed.Count)} with another alert count (score = alerts now - alerts before). "
                + $"Coverage {InvariantText.Percent(old.Percent)} % -> {InvariantText.Percent(@new.Percent)} %.",
            LayerCaption.AttackMajor(@new.AttackVersion),
            techniques,
            new LayerGradient([Lost, "#ffffff", Gained], -range, range),
            [new("newly covered", Gained), new("newly lost", Lost)],
            [
                new("before", $"{InvariantText.Timestamp(old.GeneratedAt)}: {InvariantText.Percent(old.Percent)} % ({old.KbName} {old.KbVersion}, ATT&CK {old.AttackVersion})"),
                new("after", $"{InvariantText.Timestamp(@new.GeneratedAt)}: {InvariantText.Percent(@new.Percent)} % ({@new.KbName} {@new.KbVersion}, ATT&CK {@new.AttackVersion})"),
                new("newly covered", InvariantText.Number(diff.Gained.Count)),
                new("newly lost", InvariantText.Number(diff.Lost.Count)),
                new("count changes", InvariantText.Number(diff.Changed.Count)),
            ]);
    }

    private static LayerTechnique Technique(CountChange change, string what, string? color) =>
        new(
            change.Id,
            change.Delta,
            color,
            $"{what}: {InvariantText.Number(change.Before)} -> {InvariantText.Number(change.After)} alert(s)",
            [new("change", what), new("alerts before", InvariantText.Number(change.Before)), new("alerts after", InvariantText.Number(change.After))]);
}
