using System.Text.Json;

namespace Ttpcov.Core.Layers;

/// <summary>
/// Checks a layer document (one layer object, or the 4.5 array form) against the layer format 4.5 rules and the
/// pitfalls the Navigator app hides silently (string <c>versions.attack</c>, numeric scores, <c>#rrggbb</c>
/// colours, a gradient with <c>maxValue &gt; minValue</c>, non-empty metadata, no empty tactic). Returns the
/// problems found; an empty list means valid. A technique <c>color</c> of "" is accepted: it is the Navigator's
/// own spelling of "no colour".
/// </summary>
public sealed class NavigatorLayerValidator
{
    private static readonly string[] Domains = ["enterprise-attack", "mobile-attack", "ics-attack"];

    /// <param name="expectedTechniqueIds">When given, the layer must annotate exactly these IDs (e.g. the KB techniques).</param>
    public IReadOnlyList<LayerProblem> Validate(Stream json, IReadOnlySet<string>? expectedTechniqueIds = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [new LayerProblem("$", "not valid JSON: " + e.Message)];
        }

        using (document)
        {
            return Validate(document, expectedTechniqueIds);
        }
    }

    public IReadOnlyList<LayerProblem> Validate(JsonDocument document, IReadOnlySet<string>? expectedTechniqueIds = null)
    {
        var problems = new List<LayerProblem>();
        var check = new LayerJson(problems);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var layer in root.EnumerateArray())
            {
                ValidateLayer(check, layer, $"$[{i++}]", expectedTechniqueIds);
            }

            if (i == 0)
            {
                check.Add("$", "an array of layers must hold at least one layer");
            }
        }
        else
        {
            ValidateLayer(check, root, "$", expectedTechniqueIds);
        }

        return problems;
    }

    private static void ValidateLayer(LayerJson check, JsonElement layer, string path, IReadOnlySet<string>? expected)
    {
        if (!check.IsObject(layer, path))
        {
            return;
        }

        check.String(layer, "name", path, required: true, nonEmpty: true);
        if (check.String(layer, "domain", path, required: true) is { } domain && !Domains.Contains(domain, StringComparer.Ordinal))
        {
            check.Add($"{path}.domain", $"'{domain}' is not one of {string.Join(", ", Domains)}");
        }

        LayerSettingsRules.Versions(check, layer, path);
        check.String(layer, "description", path);
        LayerSettingsRules.Layout(check, layer, path);
        LayerSettingsRules.Gradient(check, layer, path);
        if (check.Number(layer, "sorting", path) is { } sorting && sorting is not (0 or 1 or 2 or 3))
        {
            check.Add($"{path}.sorting", "must be 0, 1, 2 or 3");
        }

        foreach (var flag in (string[])["hideDisabled", "showTacticRowBackground", "selectTechniquesAcrossTactics", "selectSubtechniquesWithParent", "selectVisibleTechniques"])
        {
            check.Boolean(layer, flag, path);
        }

        check.Color(layer, "tacticRowBackground", path);
        foreach (var (item, itemPath) in check.Array(layer, "legendItems", path))
        {
            if (check.IsObject(item, itemPath))
            {
                check.String(item, "label", itemPath, required: true, nonEmpty: true);
                check.Color(item, "color", itemPath, required: true);
            }
        }

        foreach (var (item, itemPath) in check.Array(layer, "metadata", path))
        {
            check.Item(item, itemPath, "name", "value");
        }

        foreach (var (item, itemPath) in check.Array(layer, "links", path))
        {
            check.Item(item, itemPath, "label", "url");
        }

        var ids = LayerTechniqueRules.Validate(check, layer, path);
        if (expected is not null)
        {
            CompareIds(check, ids, expected, path);
        }
    }

    private static void CompareIds(LayerJson check, IReadOnlySet<string> actual, IReadOnlySet<string> expected, string path)
    {
        foreach (var id in actual.Where(id => !expected.Contains(id)).Order(StringComparer.Ordinal))
        {
            check.Add($"{path}.techniques", $"{id} is not one of the expected techniques");
        }

        foreach (var id in expected.Where(id => !actual.Contains(id)).Order(StringComparer.Ordinal))
        {
            check.Add($"{path}.techniques", $"expected technique {id} is missing");
        }
    }
}
