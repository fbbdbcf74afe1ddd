using System.Text.Json;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>Reads the body of a 200 answer into tables, keeping every cell as text (see <see cref="LogsTable"/>).</summary>
internal static class LogsResponseParser
{
    /// <summary>The tables, or the partial error when the body has a top-level <c>error</c>; throws on a body without <c>tables</c>.</summary>
    public static (IReadOnlyList<LogsTable> Tables, ServiceError? Error) Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The query answer is not a JSON object.");
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            return ([], ServiceError.From(error));
        }

        if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The query answer has no 'tables' array.");
        }

        var result = new List<LogsTable>();
        foreach (var table in tables.EnumerateArray())
        {
            result.Add(ReadTable(table));
        }

        return (result, null);
    }

    private static LogsTable ReadTable(JsonElement table)
    {
        var name = table.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var columns = new List<LogsColumn>();
        if (table.TryGetProperty("columns", out var cols) && cols.ValueKind == JsonValueKind.Array)
        {
            foreach (var column in cols.EnumerateArray())
            {
                columns.Add(new LogsColumn(
                    column.TryGetProperty("name", out var cn) ? cn.GetString() ?? "" : "",
                    column.TryGetProperty("type", out var ct) ? ct.GetString() ?? "" : ""));
            }
        }

        var rows = new List<string?[]>();
        if (table.TryGetProperty("rows", out var rowArray) && rowArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in rowArray.EnumerateArray())
            {
                var cells = new string?[columns.Count];
                var i = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    if (i < cells.Length)
                    {
                        cells[i] = CellText(cell);
                    }

                    i++;
                }

                rows.Add(cells);
            }
        }

        return new LogsTable(name, columns, rows);
    }

    internal static string? CellText(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => cell.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => cell.GetRawText(),
    };
}
