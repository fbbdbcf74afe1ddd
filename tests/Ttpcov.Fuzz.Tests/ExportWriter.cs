using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ttpcov.Fuzz.Tests;

/// <summary>Writes SecurityAlert rows (in <see cref="AlertRows.Columns"/> order) as an export of one shape.</summary>
public static class ExportWriter
{
    public static byte[] Write(IReadOnlyList<IReadOnlyList<string?>> rows, ExportFormat format) => format switch
    {
        ExportFormat.QueryApi => Json(new JsonObject
        {
            ["tables"] = new JsonArray(new JsonObject
            {
                ["name"] = "PrimaryResult",
                ["columns"] = new JsonArray([.. AlertRows.Columns.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["type"] = "string" })]),
                ["rows"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray([.. r.Select(v => (JsonNode?)v)]))]),
            }),
        }),
        ExportFormat.JsonRows => Json(new JsonArray([.. rows.Select(r => (JsonNode)RowObject(r, azCli: false))])),
        ExportFormat.AzCli => Json(new JsonArray([.. rows.Select(r => (JsonNode)RowObject(r, azCli: true))])),
        ExportFormat.Ndjson => Encoding.UTF8.GetBytes(string.Concat(rows.Select(r => RowObject(r, azCli: false).ToJsonString() + "\n"))),
        ExportFormat.RestEntities => Json(new JsonObject { ["value"] = new JsonArray([.. rows.Select(Entity)]) }),
        ExportFormat.RestArray => Json(new JsonArray([.. rows.Select(Entity)])),
        ExportFormat.DelimitedDingbat => Delimited(rows, '\u2756'),
        ExportFormat.DelimitedComma => Delimited(rows, ','),
        ExportFormat.DelimitedSemicolon => Delimited(rows, ';'),
        ExportFormat.DelimitedTab => Delimited(rows, '\t'),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>True when the shape keeps a null cell apart from an empty one.</summary>
    public static bool KeepsNull(ExportFormat format) => format is not (ExportFormat.DelimitedDingbat or ExportFormat.DelimitedComma or ExportFormat.DelimitedSemicolon or ExportFormat.DelimitedTab);

    private static byte[] Json(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    private static JsonObject RowObject(IReadOnlyList<string?> row, bool azCli)
    {
        var item = new JsonObject();
        if (azCli)
        {
            item["TableName"] = "PrimaryResult";
        }

        for (var i = 0; i < AlertRows.Columns.Length; i++)
        {
            item[AlertRows.Columns[i]] = azCli ? row[i] ?? "None" : row[i];
        }

        return item;
    }

    private static JsonNode Entity(IReadOnlyList<string?> row)
    {
        var properties = new JsonObject();
        for (var i = 0; i < AlertRows.Columns.Length; i++)
        {
            var (name, value) = (AlertRows.Columns[i], row[i]);
            switch (name)
            {
                case "Tactics":
                    properties["tactics"] = new JsonArray([.. (value ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(t => (JsonNode)t)]);
                    break;
                case "ExtendedProperties":
                    properties["additionalData"] = value;
                    break;
                default:
                    properties[char.ToLowerInvariant(name[0]) + name[1..]] = value;
                    break;
            }
        }

        return new JsonObject { ["kind"] = "SecurityAlert", ["properties"] = properties };
    }

    private static byte[] Delimited(IReadOnlyList<IReadOnlyList<string?>> rows, char delimiter)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(AlertRows.Columns))
        {
            text.AppendJoin(delimiter, row.Select(v => Quote(v ?? "", delimiter))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string value, char delimiter) =>
        value.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 || value.Length == 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
