using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ttpcov.Core.Samples.Exports;

/// <summary>A query API response: <c>{"tables":[{"name":"PrimaryResult","columns":[…],"rows":[[…],…]}]}</c>.</summary>
internal sealed class QueryApiRowWriter(Stream stream) : ExportRowWriter
{
    private readonly Utf8JsonWriter _json = new(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public override void Begin()
    {
        _json.WriteStartObject();
        _json.WriteStartArray("tables");
        _json.WriteStartObject();
        _json.WriteString("name", "PrimaryResult");
        _json.WriteStartArray("columns");
        for (var i = 0; i < ExportColumns.Names.Count; i++)
        {
            _json.WriteStartObject();
            _json.WriteString("name", ExportColumns.Names[i]);
            _json.WriteString("type", ExportColumns.ApiType(i));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("rows");
    }

    public override void Write(string?[] cells, ReadOnlySpan<DateTimeOffset> times)
    {
        _json.WriteStartArray();
        for (var i = 0; i < cells.Length; i++)
        {
            NdjsonRowWriter.WriteCell(_json, i, cells[i], times);
        }

        _json.WriteEndArray();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    public override void End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public override void Dispose() => _json.Dispose();
}
