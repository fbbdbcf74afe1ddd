using System.Globalization;
using System.Text.Json;

namespace Ttpcov.Core.Layers;

/// <summary>The layer 4.5 rules for the layer-wide objects: <c>versions</c>, <c>layout</c> and <c>gradient</c>.</summary>
internal static class LayerSettingsRules
{
    public static void Versions(LayerJson check, JsonElement layer, string path)
    {
        if (!check.TryGet(layer, "versions", path, required: true, out var versions) || !check.IsObject(versions, $"{path}.versions"))
        {
            return;
        }

        var at = $"{path}.versions";
        check.String(versions, "attack", at, nonEmpty: true);
        check.String(versions, "navigator", at, required: true, nonEmpty: true);
        if (check.String(versions, "layer", at, required: true) is { } layerVersion && layerVersion != NavigatorLayer.LayerVersion)
        {
            check.Add($"{at}.layer", $"must be \"{NavigatorLayer.LayerVersion}\", not \"{layerVersion}\"");
        }
    }

    public static void Layout(LayerJson check, JsonElement layer, string path)
    {
        if (!check.TryGet(layer, "layout", path, required: false, out var layout) || !check.IsObject(layout, $"{path}.layout"))
        {
            return;
        }

        var at = $"{path}.layout";
        check.OneOf(layout, "layout", at, "side", "flat", "mini");
        check.OneOf(layout, "aggregateFunction", at, "average", "min", "max", "sum");
        check.OneOf(layout, "expandedSubtechniques", at, "none", "annotated", "all");
        foreach (var flag in (string[])["showID", "showName", "showAggregateScores", "countUnscored"])
        {
            check.Boolean(layout, flag, at);
        }
    }

    public static void Gradient(LayerJson check, JsonElement layer, string path)
    {
        if (!check.TryGet(layer, "gradient", path, required: false, out var gradient) || !check.IsObject(gradient, $"{path}.gradient"))
        {
            return;
        }

        var at = $"{path}.gradient";
        var colors = check.Array(gradient, "colors", at).ToList();
        if (!gradient.TryGetProperty("colors", out _) || colors.Count < 2)
        {
            check.Add($"{at}.colors", "needs at least two colours");
        }

        foreach (var (color, colorPath) in colors)
        {
            if (color.ValueKind == JsonValueKind.String)
            {
                check.ColorValue(color.GetString()!, colorPath);
            }
            else
            {
                check.Add(colorPath, "must be a colour string");
            }
        }

        var min = check.Number(gradient, "minValue", at, required: true);
        var max = check.Number(gradient, "maxValue", at, required: true);
        if (min is { } lo && max is { } hi && hi <= lo)
        {
            check.Add(at, $"maxValue ({hi.ToString(CultureInfo.InvariantCulture)}) must be greater than minValue ({lo.ToString(CultureInfo.InvariantCulture)})");
        }
    }
}
