using System.Text.Json;

namespace Ttpcov.Core.Layers;

/// <summary>
/// Writes layers as ATT&amp;CK Navigator layer format 4.5 JSON: indented UTF-8, properties in the order of the
/// format's field table, invariant numbers, techniques sorted by ID, no <c>tactic</c> and no <c>filters</c>. Text is
/// escaped by <see cref="Utf8JsonWriter"/>'s default encoder (quotes, control characters, U+2028 and the
/// HTML-sensitive <c>&lt; &gt; &amp; '</c> become \u escapes).
/// </summary>
public sealed class NavigatorLayerWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    /// <summary>Writes one layer object.</summary>
    public void Write(NavigatorLayer layer, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        WriteLayer(json, layer);
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes several layers as one file in the array form (Navigator 4.9.0 and later).</summary>
    public void WriteMany(IReadOnlyList<NavigatorLayer> layers, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        foreach (var layer in layers)
        {
            WriteLayer(json, layer);
        }

        json.WriteEndArray();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteLayer(Utf8JsonWriter json, NavigatorLayer layer)
    {
        json.WriteStartObject();
        json.WriteString("name", layer.Name);
        json.WriteStartObject("versions");
        json.WriteString("attack", layer.AttackVersion);
        json.WriteString("navigator", NavigatorLayer.NavigatorVersion);
        json.WriteString("layer", NavigatorLayer.LayerVersion);
        json.WriteEndObject();
        json.WriteString("domain", NavigatorLayer.Domain);
        json.WriteString("description", layer.Description);
        json.WriteNumber("sorting", 0);
        WriteLayout(json);
        json.WriteBoolean("hideDisabled", false);
        json.WriteStartArray("techniques");
        foreach (var technique in layer.Techniques.OrderBy(t => t.Id))
        {
            WriteTechnique(json, technique);
        }

        json.WriteEndArray();
        WriteGradient(json, layer.Gradient);
        json.WriteStartArray("legendItems");
        foreach (var item in layer.LegendItems)
        {
            json.WriteStartObject();
            json.WriteString("label", item.Label);
            json.WriteString("color", item.Color);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteMetadata(json, layer.Metadata);
        json.WriteBoolean("showTacticRowBackground", false);
        json.WriteString("tacticRowBackground", "#dddddd");
        json.WriteBoolean("selectTechniquesAcrossTactics", true);
        json.WriteBoolean("selectSubtechniquesWithParent", false);
        json.WriteBoolean("selectVisibleTechniques", false);
        json.WriteEndObject();
    }

    private static void WriteLayout(Utf8JsonWriter json)
    {
        json.WriteStartObject("layout");
        json.WriteString("layout", "side");
        json.WriteString("aggregateFunction", "average");
        json.WriteBoolean("showID", true);
        json.WriteBoolean("showName", true);
        json.WriteBoolean("showAggregateScores", false);
        json.WriteBoolean("countUnscored", false);
        json.WriteString("expandedSubtechniques", "annotated");
        json.WriteEndObject();
    }

    private static void WriteTechnique(Utf8JsonWriter json, LayerTechnique technique)
    {
        json.WriteStartObject();
        json.WriteString("techniqueID", technique.Id.ToString());
        if (technique.Score is { } score)
        {
            json.WriteNumber("score", score);
        }

        if (technique.Color is { } color)
        {
            json.WriteString("color", color);
        }

        json.WriteString("comment", technique.Comment);
        json.WriteBoolean("enabled", true);
        WriteMetadata(json, technique.Metadata);
        json.WriteBoolean("showSubtechniques", technique.ShowSubtechniques);
        json.WriteEndObject();
    }

    private static void WriteGradient(Utf8JsonWriter json, LayerGradient gradient)
    {
        json.WriteStartObject("gradient");
        json.WriteStartArray("colors");
        foreach (var color in gradient.Colors)
        {
            json.WriteStringValue(color);
        }

        json.WriteEndArray();
        json.WriteNumber("minValue", gradient.MinValue);
        json.WriteNumber("maxValue", gradient.MaxValue);
        json.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter json, IReadOnlyList<MetadataItem> metadata)
    {
        json.WriteStartArray("metadata");
        foreach (var item in metadata)
        {
            json.WriteStartObject();
            if (item.IsDivider)
            {
                json.WriteBoolean("divider", true);
            }
            else
            {
                json.WriteString("name", item.Name);
                json.WriteString("value", string.IsNullOrWhiteSpace(item.Value) ? "-" : item.Value);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
