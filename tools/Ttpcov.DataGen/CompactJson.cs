using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ttpcov.DataGen;

/// <summary>
/// Writes a JSON document in the embedded data's layout: the root object's properties one per line, arrays of objects
/// with one compact object per line, everything else compact. LF line endings and a final newline, UTF-8 without BOM,
/// so the files are stable byte for byte and diff well.
/// </summary>
public static class CompactJson
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(JsonObject root)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        var index = 0;
        foreach (var (name, value) in root)
        {
            text.Append("  ").Append(JsonSerializer.Serialize(name, Compact)).Append(": ");
            AppendValue(text, value);
            text.Append(++index < root.Count ? ",\n" : "\n");
        }

        return text.Append("}\n").ToString();
    }

    public static byte[] ToBytes(JsonObject root) => new UTF8Encoding(false).GetBytes(Format(root));

    private static void AppendValue(StringBuilder text, JsonNode? value)
    {
        if (value is JsonArray { Count: > 0 } array && array.All(item => item is JsonObject))
        {
            text.Append("[\n");
            for (var i = 0; i < array.Count; i++)
            {
                text.Append("    ").Append(array[i]!.ToJsonString(Compact)).Append(i + 1 < array.Count ? ",\n" : "\n");
            }

            text.Append("  ]");
            return;
        }

        text.Append(value is null ? "null" : value.ToJsonString(Compact));
    }
}
