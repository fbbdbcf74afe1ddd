using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ttpcov.Core.Samples.Exports;

/// <summary>One row object per line, as a Log Analytics export to JSON Lines writes them.</summary>
internal sealed class NdjsonRowWriter(Stream stream) : ExportRowWriter
{
    private readonly Utf8JsonWriter _json = new(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });

    public override void Begin()
    {
    }

    public override void Write(string?[] cells, ReadOnlySpan<DateTimeOffset> times)
    {
        _json.WriteStartObject();
        for (var i = 0; i < cells.Length; i++)
        {
            _json.WritePropertyName(ExportColumns.Names[i]);
            WriteCell(_json, i, cells[i], times);
        }

        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        stream.WriteByte((byte)'\n');
    }

    public override void End() => _json.Flush();

    /// <summary>A cell as the query API types it: datetimes as ISO strings, <c>bool</c> and <c>real</c> as JSON literals.</summary>
    internal static void WriteCell(Utf8JsonWriter json, int column, string? cell, ReadOnlySpan<DateTimeOffset> times)
    {
        var time = Array.IndexOf(TimeColumns, column);
        if (time >= 0)
        {
            json.WriteStringValue(times[time].UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        }
        else if (column == ExportColumns.IsIncident)
        {
            json.WriteBooleanValue(cell == "true");
        }
        else if (cell is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(cell);
        }
    }

    public override void Dispose() => _json.Dispose();
}
