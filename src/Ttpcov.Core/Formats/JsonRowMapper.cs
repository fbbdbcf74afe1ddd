using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>Turns one JSON row (a query-API cell array, a row object, a REST alert entity) into an <see cref="AlertRecord"/>.</summary>
internal static class JsonRowMapper
{
    /// <summary>A cell as text: strings as they are, JSON null as null, anything else as its raw JSON text.</summary>
    public static string? CellText(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => cell.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => cell.GetRawText(),
    };

    /// <summary>
    /// Runs a mapping and reports a string that is not valid UTF-8 (the streaming reader checks structure, not the
    /// bytes inside strings) at <paramref name="at"/>.
    /// </summary>
    public static T Checked<T>(RecordLocation at, Func<T> map)
    {
        try
        {
            return map();
        }
        catch (InvalidOperationException ex)
        {
            throw new AlertFormatException(at.Source, at.Line, at.ByteOffset, null, "invalid JSON: a string is not valid UTF-8", ex);
        }
    }

    public static AlertRecord FromCells(JsonElement row, AlertColumnMap columns, RecordLocation location)
    {
        var record = new AlertRecord { Location = location };
        var index = 0;
        foreach (var cell in row.EnumerateArray())
        {
            record.Set(columns[index++], CellText(cell));
        }

        return record;
    }

    /// <summary>
    /// A row object. A row that carries <c>TableName</c> comes from <c>az monitor log-analytics query</c>, which
    /// writes every value with Python's <c>str()</c>: there <c>"None"</c> means null.
    /// </summary>
    public static AlertRecord FromRowObject(JsonElement row, RecordLocation location) =>
        FromMembers(row.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, CellText(p.Value))).ToList(), location);

    /// <inheritdoc cref="FromRowObject"/>
    public static AlertRecord FromMembers(IReadOnlyList<KeyValuePair<string, string?>> members, RecordLocation location)
    {
        var record = new AlertRecord { Location = location };
        var fromAzCli = members.Any(m => m.Key == "TableName");
        foreach (var (name, text) in members)
        {
            record.Set(AlertColumns.Lookup(name), fromAzCli && text == "None" ? null : text);
        }

        return record;
    }

    /// <summary>
    /// The <c>properties</c> of a Sentinel REST incident-alert entity (camelCase): <c>tactics</c> (an array)
    /// becomes the table's comma-separated text, <c>additionalData</c> becomes ExtendedProperties, the Log
    /// Analytics <c>resourceIdentifiers</c> entry gives the workspace.
    /// </summary>
    public static AlertRecord FromEntity(JsonElement properties, RecordLocation location)
    {
        var record = new AlertRecord { Location = location };
        foreach (var property in properties.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "tactics" when value.ValueKind == JsonValueKind.Array:
                    record.Tactics = string.Join(", ", value.EnumerateArray().Select(CellText).OfType<string>());
                    break;
                case "additionalData":
                    record.ExtendedProperties = CellText(value);
                    break;
                case "friendlyName":
                    record.Set(AlertField.AlertName, CellText(value));
                    break;
                case "resourceIdentifiers" when value.ValueKind == JsonValueKind.Array:
                    record.Workspace ??= WorkspaceOf(value);
                    break;
                default:
                    record.Set(AlertColumns.Lookup(property.Name), CellText(value));
                    break;
            }
        }

        return record;
    }

    private static string? WorkspaceOf(JsonElement identifiers) =>
        identifiers.EnumerateArray()
            .Where(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("workspaceId", out _))
            .Select(i => CellText(i.GetProperty("workspaceId")))
            .FirstOrDefault();
}
