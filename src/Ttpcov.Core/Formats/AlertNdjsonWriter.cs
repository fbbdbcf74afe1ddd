using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Writes alert records as NDJSON, one object per line with SecurityAlert column names, so that
/// <c>ttpcov coverage --alerts</c> reads them back to the same records. Null fields are left out.
/// </summary>
public sealed class AlertNdjsonWriter(Stream stream) : IDisposable
{
    private readonly Utf8JsonWriter _writer = new(stream);

    public long Written { get; private set; }

    public void Write(AlertRecord record)
    {
        _writer.WriteStartObject();
        foreach (var (column, field) in AlertColumns.Canonical)
        {
            if (record.Get(field) is { } value)
            {
                _writer.WriteString(column, value);
            }
        }

        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Reset();
        stream.WriteByte((byte)'\n');
        Written++;
    }

    public void Dispose() => _writer.Dispose();
}
