using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Turns a YAML document into a case-insensitive JSON tree so YAML and JSON rules share one mapper. Every scalar
/// stays text; an empty plain scalar, <c>~</c> and <c>null</c> become JSON null (so <c>key:</c>, <c>key: # none</c>
/// and <c>key: null</c> all read as "no value"). Aliases are copied where they are used, within limits: an alias
/// bomb ("billion laughs") or an anchor that contains itself is an <see cref="InvalidDataException"/>, not a hang
/// or a stack overflow.
/// </summary>
internal static class YamlJsonConverter
{
    /// <summary>Far more values than any rule holds (a large one has a few hundred).</summary>
    public const int MaxValues = 100_000;

    public static JsonNodeOptions Options { get; } = new() { PropertyNameCaseInsensitive = true };

    public static JsonNode? Convert(YamlNode node)
    {
        var budget = MaxValues;
        return Convert(node, 0, ref budget);
    }

    private static JsonNode? Convert(YamlNode node, int depth, ref int budget)
    {
        if (depth > DepthLimitedYamlParser.MaxDepth)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"aliases nest deeper than {DepthLimitedYamlParser.MaxDepth} levels (an anchor that contains itself?)"));
        }

        if (--budget < 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"more than {MaxValues:N0} values once aliases are expanded (an alias bomb?)"));
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var result = new JsonObject(Options);
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? key.ToString();
                    result[name] = Convert(value, depth + 1, ref budget);
                }

                return result;
            case YamlSequenceNode sequence:
                var array = new JsonArray(Options);
                foreach (var child in sequence.Children)
                {
                    array.Add(Convert(child, depth + 1, ref budget));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
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
