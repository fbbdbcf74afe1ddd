using System.Text.Json;

namespace Ttpcov.Core.Attack;

/// <summary>
/// The data components that detect each attack-pattern, under both ATT&amp;CK detection models:
/// ≤ v17 <c>detects</c> from <c>x-mitre-data-component</c>; v18 <c>detects</c> from <c>x-mitre-detection-strategy</c>
/// → <c>x_mitre_analytic_refs</c> → <c>x-mitre-analytic</c> → <c>x_mitre_log_source_references[].x_mitre_data_component_ref</c>.
/// </summary>
internal static class StixDataComponents
{
    public static Dictionary<string, SortedSet<string>> ByAttackPattern(StixObjects objects)
    {
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (source, target) in objects.Relationships("detects"))
        {
            foreach (var name in ComponentNames(objects, source))
            {
                if (!result.TryGetValue(target, out var names))
                {
                    names = new SortedSet<string>(StringComparer.Ordinal);
                    result[target] = names;
                }

                names.Add(name);
            }
        }

        return result;
    }

    private static IEnumerable<string> ComponentNames(StixObjects objects, string source)
    {
        if (objects.Get(source) is not { } detector || !StixObjects.IsCurrent(detector))
        {
            return [];
        }

        return JsonInput.OptionalString(detector, "type") switch
        {
            "x-mitre-data-component" => Name(detector),
            "x-mitre-detection-strategy" => References(detector, "x_mitre_analytic_refs")
                .Select(objects.Get).OfType<JsonElement>().Where(StixObjects.IsCurrent)
                .SelectMany(analytic => LogSourceComponents(objects, analytic)),
            _ => [],
        };
    }

    private static IEnumerable<string> LogSourceComponents(StixObjects objects, JsonElement analytic)
    {
        if (!analytic.TryGetProperty("x_mitre_log_source_references", out var logSources) || logSources.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return logSources.EnumerateArray()
            .Select(l => JsonInput.OptionalString(l, "x_mitre_data_component_ref"))
            .OfType<string>()
            .Select(objects.Get).OfType<JsonElement>().Where(StixObjects.IsCurrent)
            .SelectMany(Name);
    }

    private static IEnumerable<string> Name(JsonElement component) =>
        JsonInput.OptionalString(component, "name") is { } name ? [name] : [];

    private static IEnumerable<string> References(JsonElement element, string property) =>
        element.TryGetProperty(property, out var refs) && refs.ValueKind == JsonValueKind.Array
            ? refs.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)
            : [];
}
