using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ttpcov.Core.Layers;

/// <summary>The layer 4.5 rules for <c>techniques[]</c> entries; returns the technique IDs the layer annotates.</summary>
internal static partial class LayerTechniqueRules
{
    [GeneratedRegex(@"^T[0-9]{4}(\.[0-9]{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TechniqueIdPattern();

    public static IReadOnlySet<string> Validate(LayerJson check, JsonElement layer, string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (technique, at) in check.Array(layer, "techniques", path))
        {
            if (!check.IsObject(technique, at))
            {
                continue;
            }

            var id = check.String(technique, "techniqueID", at, required: true);
            if (id is not null && !TechniqueIdPattern().IsMatch(id))
            {
                check.Add($"{at}.techniqueID", $"'{id}' is not T#### or T####.###");
            }

            var tactic = Tactic(check, technique, at);
            if (id is not null)
            {
                ids.Add(id);
                if (!entries.Add(id + "^" + tactic))
                {
                    check.Add(at, $"{id}{(tactic is null ? string.Empty : " under " + tactic)} is annotated twice");
                }
            }

            check.Number(technique, "score", at);
            if (check.String(technique, "color", at) is { Length: > 0 } color)
            {
                check.ColorValue(color, $"{at}.color");
            }

            check.String(technique, "comment", at);
            check.Boolean(technique, "enabled", at);
            check.Boolean(technique, "showSubtechniques", at);
            foreach (var (item, itemPath) in check.Array(technique, "metadata", at))
            {
                check.Item(item, itemPath, "name", "value");
            }

            foreach (var (item, itemPath) in check.Array(technique, "links", at))
            {
                check.Item(item, itemPath, "label", "url");
            }
        }

        return ids;
    }

    // A tactic, when present, must be a non-empty shortname: "" makes the Navigator alert(), null is not a string.
    private static string? Tactic(LayerJson check, JsonElement technique, string at)
    {
        if (!technique.TryGetProperty("tactic", out var tactic))
        {
            return null;
        }

        if (tactic.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(tactic.GetString()))
        {
            check.Add($"{at}.tactic", "must be a tactic shortname; omit the key instead of writing \"\" or null");
            return null;
        }

        return tactic.GetString();
    }
}
