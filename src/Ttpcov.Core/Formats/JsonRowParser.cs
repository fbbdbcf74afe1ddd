using System.Text;
using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Turns one row — a row object (NDJSON, az CLI) or a query-API cell array — into an <see cref="AlertRecord"/> in
/// a single pass of the reader, as <see cref="JsonRowMapper"/> would: only the columns ttpcov reads are decoded;
/// the others (Entities, Description, …) are stepped over without making strings. Declines objects that are not
/// rows (a <c>tables</c>/<c>value</c> container, a REST entity with <c>properties</c>) so the caller reads them the
/// general way. A string that is not valid UTF-8 is reported at the row.
/// </summary>
internal sealed class JsonRowParser(AlertColumnMap? cells, bool declineContainers, bool declineEntities)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<(AlertField Field, string? Text)> _values = [];
    private readonly JsonNameCache _names = new();
    private bool _fromAzCli;

    public RecordLocation Location { get; set; }

    public AlertRecord? Record { get; private set; }

    public JsonRowOutcome Parse(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        _values.Clear();
        _fromAzCli = false;
        Record = null;
        try
        {
            var outcome = cells is null ? ParseObject(ref reader, data) : ParseCells(ref reader, data, cells);
            if (outcome == JsonRowOutcome.Parsed)
            {
                Record = Build();
            }

            return outcome;
        }
        catch (Exception ex) when (ex is InvalidOperationException or DecoderFallbackException)
        {
            throw new AlertFormatException(Location.Source, Location.Line, Location.ByteOffset, null, "invalid JSON: a string is not valid UTF-8", ex);
        }
    }

    private JsonRowOutcome ParseObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        for (var member = 0; ; member++)
        {
            if (!reader.Read())
            {
                return JsonRowOutcome.NeedMore;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return JsonRowOutcome.Parsed;
            }

            var field = _names.FieldOf(ref reader, member);
            _fromAzCli |= reader.ValueTextEquals("TableName"u8);
            var container = declineContainers && (reader.ValueTextEquals("tables"u8) || reader.ValueTextEquals("value"u8));
            var entity = declineEntities && reader.ValueTextEquals("properties"u8);
            if (!reader.Read())
            {
                return JsonRowOutcome.NeedMore;
            }

            if ((container && reader.TokenType == JsonTokenType.StartArray) || (entity && reader.TokenType == JsonTokenType.StartObject))
            {
                return JsonRowOutcome.Declined;
            }

            if (!TryValue(ref reader, data, field))
            {
                return JsonRowOutcome.NeedMore;
            }
        }
    }

    private JsonRowOutcome ParseCells(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, AlertColumnMap columns)
    {
        for (var index = 0; ; index++)
        {
            if (!reader.Read())
            {
                return JsonRowOutcome.NeedMore;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return JsonRowOutcome.Parsed;
            }

            if (!TryValue(ref reader, data, columns[index]))
            {
                return JsonRowOutcome.NeedMore;
            }
        }
    }

    /// <summary>Keeps the current value as <see cref="JsonRowMapper.CellText"/> would, or steps over it; false when the buffer ran out.</summary>
    private bool TryValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, AlertField field)
    {
        var nested = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        if (field == AlertField.None)
        {
            return !nested || reader.TrySkip();
        }

        var from = (int)reader.TokenStartIndex;
        if (nested && !reader.TrySkip())
        {
            return false;
        }

        _values.Add((field, reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            JsonTokenType.EndObject or JsonTokenType.EndArray => StrictUtf8.GetString(data[from..(int)reader.BytesConsumed]),
            _ => StrictUtf8.GetString(reader.ValueSpan),
        }));
        return true;
    }

    private AlertRecord Build()
    {
        var record = new AlertRecord { Location = Location };
        foreach (var (field, text) in _values)
        {
            record.Set(field, _fromAzCli && text == "None" ? null : text);
        }

        return record;
    }
}
