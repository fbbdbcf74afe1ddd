using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Reads every JSON shape of SecurityAlert rows, recognised value by value from the content: an object with
/// <c>tables</c> (query API), an object with <c>value</c> or an array whose items have <c>properties</c>
/// (REST incident-alert entities), an array of row objects (az CLI), row objects one after another (NDJSON).
/// One row at a time is held in memory.
/// </summary>
internal sealed class JsonAlertReader(JsonTokenCursor cursor, string sourceName, AlertFileFormat forced, AlertReading reading)
{
    private readonly JsonRowParser _topRows = new(null, declineContainers: true, declineEntities: false);
    private readonly JsonRowParser _itemRows = new(null, declineContainers: false, declineEntities: true);

    public IEnumerable<AlertRecord> Read()
    {
        while (cursor.Read())
        {
            var rows = cursor.TokenType switch
            {
                JsonTokenType.StartObject => ReadTopObject(),
                JsonTokenType.StartArray => ReadItems(),
                _ => throw cursor.Error($"expected a JSON object or array, found {Describe(cursor.TokenType)}"),
            };
            foreach (var record in rows)
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// A top-level object is a container (<c>tables</c> or <c>value</c>) or else a row. Other members of a
    /// container (<c>statistics</c>, <c>nextLink</c>) are kept as row candidates until the object ends.
    /// </summary>
    private IEnumerable<AlertRecord> ReadTopObject()
    {
        var location = Here();
        _topRows.Location = location;
        if (cursor.ParseValue(_topRows) == JsonRowOutcome.Parsed)
        {
            Found(AlertFileFormat.Ndjson, location);
            yield return _topRows.Record!;
            yield break;
        }

        var members = new List<KeyValuePair<string, string?>>();
        var container = false;
        while (cursor.Read() && cursor.TokenType == JsonTokenType.PropertyName)
        {
            var name = cursor.Text!;
            cursor.Read();
            IEnumerable<AlertRecord>? rows = (name, cursor.TokenType) switch
            {
                ("tables", JsonTokenType.StartArray) => ReadTables(),
                ("value", JsonTokenType.StartArray) => ReadItems(),
                _ => null,
            };
            if (rows is null)
            {
                members.Add(new(name, ValueText()));
                continue;
            }

            container = true;
            foreach (var record in rows)
            {
                yield return record;
            }
        }

        if (!container)
        {
            Found(AlertFileFormat.Ndjson, location);
            yield return JsonRowMapper.FromMembers(members, location);
        }
    }

    private IEnumerable<AlertRecord> ReadItems()
    {
        while (cursor.Read() && cursor.TokenType != JsonTokenType.EndArray)
        {
            if (cursor.TokenType != JsonTokenType.StartObject)
            {
                throw cursor.Error($"expected an alert object in the array, found {Describe(cursor.TokenType)}");
            }

            var location = Here();
            _itemRows.Location = location;
            if (cursor.ParseValue(_itemRows) == JsonRowOutcome.Parsed)
            {
                Found(AlertFileFormat.JsonRows, location);
                yield return _itemRows.Record!;
                continue;
            }

            using var item = JsonDocument.Parse(cursor.ReadValueBytes());
            var root = item.RootElement;
            // Looking a name up unescapes the names before it, which throws on a lone surrogate escape.
            var entity = JsonRowMapper.Checked(location, () =>
                root.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : (JsonElement?)null);
            if (entity is { } properties)
            {
                Found(AlertFileFormat.RestEntities, location);
                yield return JsonRowMapper.Checked(location, () => JsonRowMapper.FromEntity(properties, location));
            }
            else
            {
                Found(AlertFileFormat.JsonRows, location);
                yield return JsonRowMapper.Checked(location, () => JsonRowMapper.FromRowObject(root, location));
            }
        }
    }

    /// <summary>Reads the first table (the API lists <c>PrimaryResult</c> first) and skips the others.</summary>
    private IEnumerable<AlertRecord> ReadTables()
    {
        var first = true;
        while (cursor.Read() && cursor.TokenType != JsonTokenType.EndArray)
        {
            if (cursor.TokenType != JsonTokenType.StartObject || !first)
            {
                cursor.SkipValue();
                continue;
            }

            first = false;
            Found(AlertFileFormat.QueryApi, Here());
            foreach (var record in new QueryApiTableReader(cursor, sourceName).Read())
            {
                yield return record;
            }
        }
    }

    private string? ValueText()
    {
        if (cursor.TokenType is JsonTokenType.String or JsonTokenType.Null)
        {
            return cursor.Text;
        }

        var at = Here();
        using var value = JsonDocument.Parse(cursor.ReadValueBytes());
        return JsonRowMapper.Checked(at, () => JsonRowMapper.CellText(value.RootElement));
    }

    private RecordLocation Here() => new(sourceName, cursor.TokenLine, cursor.TokenOffset);

    private void Found(AlertFileFormat format, RecordLocation at)
    {
        if (forced is not AlertFileFormat.Auto && forced != format)
        {
            throw new AlertFormatException(sourceName, at.Line, at.ByteOffset, null, $"expected {forced} JSON but found {format}");
        }

        reading.Format = format;
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        _ => type.ToString(),
    };
}
