using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ttpcov.Emulator;

/// <summary>
/// Encodes answers like the service: <c>{"tables":[{"name":"PrimaryResult","columns":[...],"rows":[...]}]}</c>
/// with datetimes in UTC, trailing fractional zeros trimmed (up to 7 digits), <c>long</c> as a JSON number and
/// nulls; a truncated answer carries the PartialError of the size limit; errors are OneAPI bodies.
/// </summary>
internal static class QueryResponseJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Result(EmulatorTable table, int rowCount, bool truncated, int rowCap)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("tables");
            writer.WriteStartObject();
            writer.WriteString("name", "PrimaryResult");
            writer.WriteStartArray("columns");
            foreach (var (name, type) in table.Columns)
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                writer.WriteString("type", type);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rows");
            for (var r = 0; r < rowCount; r++)
            {
                writer.WriteStartArray();
                foreach (var cell in table.Rows[r])
                {
                    WriteCell(writer, cell);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            if (truncated)
            {
                WritePartialError(writer, rowCap);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] Error(string code, string message, string? innerCode = null, string? innerMessage = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("code", code);
            if (innerCode is not null)
            {
                writer.WriteStartObject("innererror");
                writer.WriteString("code", innerCode);
                writer.WriteString("message", innerMessage ?? message);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static string FormatTime(DateTimeOffset value)
    {
        var text = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.');
        return text + "Z";
    }

    private static void WriteCell(Utf8JsonWriter writer, object? cell)
    {
        switch (cell)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case long l: writer.WriteNumberValue(l); break;
            case DateTimeOffset d: writer.WriteStringValue(FormatTime(d)); break;
            case double x when double.IsNaN(x) || double.IsInfinity(x): writer.WriteStringValue(x.ToString(CultureInfo.InvariantCulture)); break;
            case double x: writer.WriteNumberValue(x); break;
            case bool b: writer.WriteBooleanValue(b); break;
            default: writer.WriteStringValue(Convert.ToString(cell, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WritePartialError(Utf8JsonWriter writer, int rowCap)
    {
        writer.WriteStartObject("error");
        writer.WriteString("code", "PartialError");
        writer.WriteString("message", "There were some errors when processing your query.");
        writer.WriteStartArray("details");
        writer.WriteStartObject();
        writer.WriteString("code", "EngineError");
        writer.WriteString("message", "Something went wrong processing your query on the server.");
        writer.WriteStartObject("innererror");
        writer.WriteString("code", "-2133196797");
        writer.WriteString("message", string.Create(CultureInfo.InvariantCulture,
            $"Query result set has exceeded the internal record count limit {rowCap} (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)"));
        writer.WriteNumber("severity", 2);
        writer.WriteString("severityName", "Error");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
