using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Streams one table of a Log Analytics query API response (sentinel-api.md §1.4): <c>columns</c> first, then
/// <c>rows</c> one by one, cells matched to columns by position. Cells are text as the API encodes them
/// (datetimes as strings, <c>long</c> numbers as their digits, <c>"NaN"</c>, null).
/// </summary>
internal sealed class QueryApiTableReader(JsonTokenCursor cursor, string sourceName)
{
    /// <summary>Reads from the table's <c>{</c> to its <c>}</c>.</summary>
    public IEnumerable<AlertRecord> Read()
    {
        AlertColumnMap? columns = null;
        while (cursor.Read() && cursor.TokenType == JsonTokenType.PropertyName)
        {
            var name = cursor.Text;
            var at = (Line: cursor.TokenLine, Offset: cursor.TokenOffset);
            cursor.Read();
            if (name == "columns" && cursor.TokenType == JsonTokenType.StartArray)
            {
                columns = ReadColumns();
                columns.Require(sourceName, at.Line, at.Offset);
            }
            else if (name == "rows" && cursor.TokenType == JsonTokenType.StartArray)
            {
                if (columns is null)
                {
                    throw new AlertFormatException(
                        sourceName, at.Line, at.Offset, null, "\"rows\" come before \"columns\" in the table; cannot match cells to columns");
                }

                foreach (var record in ReadRows(columns))
                {
                    yield return record;
                }
            }
            else
            {
                cursor.SkipValue();
            }
        }

        if (columns is null)
        {
            throw cursor.Error("the table has no \"columns\"");
        }
    }

    private AlertColumnMap ReadColumns()
    {
        var names = new List<string>();
        while (cursor.Read() && cursor.TokenType != JsonTokenType.EndArray)
        {
            var (line, offset) = (cursor.TokenLine, cursor.TokenOffset);
            using var column = JsonDocument.Parse(cursor.ReadValueBytes());
            if (column.RootElement.ValueKind != JsonValueKind.Object
                || !column.RootElement.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
            {
                throw new AlertFormatException(sourceName, line, offset, null, "a column needs a \"name\"");
            }

            names.Add(JsonRowMapper.Checked(new(sourceName, line, offset), () => name.GetString()!));
        }

        return new AlertColumnMap(names);
    }

    private IEnumerable<AlertRecord> ReadRows(AlertColumnMap columns)
    {
        var parser = new JsonRowParser(columns, declineContainers: false, declineEntities: false);
        while (cursor.Read() && cursor.TokenType != JsonTokenType.EndArray)
        {
            if (cursor.TokenType != JsonTokenType.StartArray)
            {
                throw cursor.Error("expected a row (an array of cells)");
            }

            parser.Location = new RecordLocation(sourceName, cursor.TokenLine, cursor.TokenOffset);
            cursor.ParseValue(parser);
            yield return parser.Record!;
        }
    }
}
