using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;

namespace Ttpcov.Core.Layers;

/// <summary>
/// Names, descriptions and layer metadata that say what produced a layer: KB (name, version, short hash), window,
/// sources, ATT&amp;CK version, tool and time, so a layer found on its own can still be traced.
/// </summary>
internal static class LayerCaption
{
    public static string Name(string title, CoverageRun run) =>
        $"{title} - {run.KbName} {run.KbVersion} ({InvariantText.ShortHash(run.KbSha256)}) - ATT&CK {run.AttackVersion} - {run.Window}";

    public static string Description(string what, CoverageResult result)
    {
        var run = result.Run;
        var totals = result.Totals;
        return $"{what} KB: {InvariantText.Kb(run)}, built on ATT&CK {run.KbAttackVersion}. "
            + $"Target: ATT&CK {run.AttackVersion} ({run.AttackSource}). Window: {run.Window}. Sources: {InvariantText.Sources(run)}. "
            + $"Covered {InvariantText.Number(totals.Covered)} of {InvariantText.Number(totals.KbTechniques)} KB techniques "
            + $"({InvariantText.Percent(totals.Percent)} %, weighted by KB tier {InvariantText.Percent(totals.WeightedPercent)} %). "
            + $"Generated {InvariantText.Timestamp(run.GeneratedAt)} by ttpcov {run.ToolVersion}.";
    }

    public static IReadOnlyList<MetadataItem> Metadata(CoverageResult result)
    {
        var run = result.Run;
        return
        [
            new("KB", $"{run.KbName} {run.KbVersion}"),
            new("KB sha256", Text(run.KbSha256)),
            new("KB ATT&CK version", Text(run.KbAttackVersion)),
            new("ATT&CK version", $"{run.AttackVersion} ({run.AttackSource})"),
            new("window", run.Window.ToString()),
            new("sources", InvariantText.Sources(run)),
            new("covered", $"{InvariantText.Number(result.Totals.Covered)} of {InvariantText.Number(result.Totals.KbTechniques)}"),
            new("coverage", InvariantText.Percent(result.Totals.Percent) + " %"),
            new("weighted coverage", InvariantText.Percent(result.Totals.WeightedPercent) + " %"),
            new("generated", InvariantText.Timestamp(run.GeneratedAt)),
            new("tool", "ttpcov " + run.ToolVersion),
        ];
    }

    /// <summary>The major version Navigator wants in <c>versions.attack</c>: "18" for "18.1", "v18" or "18".</summary>
    public static string AttackMajor(string attackVersion)
    {
        var digits = new string(attackVersion.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : attackVersion;
    }

    private static string Text(string value) => string.IsNullOrWhiteSpace(value) ? InvariantText.Missing : value;
}
