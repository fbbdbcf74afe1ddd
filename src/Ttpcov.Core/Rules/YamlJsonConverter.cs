using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Turns a YAML document into a case-insensitive JSON tree so YAML and JSON rules share one mapper. Every scalar
/// stays text; an empty plain scalar, <c>~</c> and <c>null</c> become JSON null (so <c>key:</c>, <c>key: # none</c>
/// and <c>key: null</c> all read as "no value").
/// </summary>
internal static class YamlJsonConverter
{
    public static JsonNodeOptions Options { get; } = new() { PropertyNameCaseInsensitive = true };

    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping),
        YamlSequenceNode sequence => new JsonArray(Options, [.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject(Options);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            result[name] = Convert(value);
        }

        return result;
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (string.IsNullOrEmpty(text) || text is "~" or "null" or "Null" or "NULL"))
        {
            return null;
        }

        return JsonValue.Create(text ?? string.Empty);
    }
}
