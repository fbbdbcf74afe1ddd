using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Reads a sentinel-as-code <c>*.mitre.manifest.json</c> side-car: <c>[{"Tactic": "…", "Techniques": ["T…"]}]</c>.
/// Its techniques are added to the rule file it sits beside.
/// </summary>
public static class MitreManifestReader
{
    public static (IReadOnlyList<string> Techniques, IReadOnlyList<string> Tactics, RuleReadProblem? Problem) Read(Stream stream, string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(stream, YamlJsonConverter.Options, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return ([], [], new RuleReadProblem(path, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}"));
        }

        var entries = root switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };
        if (entries.Count == 0)
        {
            return ([], [], new RuleReadProblem(path, "not a MITRE manifest (expected [{Tactic, Techniques}])"));
        }

        try
        {
            var techniques = entries.SelectMany(e => RuleObjectMapper.Strings(e["Techniques"])).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var tactics = entries.SelectMany(e => RuleObjectMapper.Strings(e["Tactic"] is JsonValue v ? JsonValue.Create(v.ToString().Replace(" ", string.Empty, StringComparison.Ordinal)) : e["Tactics"]))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return (techniques, tactics, null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Invalid UTF-8 or a lone surrogate in a string, or a key given twice: System.Text.Json throws these lazily.
            return ([], [], new RuleReadProblem(path, $"not a MITRE manifest: {e.Message}"));
        }
    }
}
