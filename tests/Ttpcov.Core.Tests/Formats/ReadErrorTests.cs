using System.Text;
using Ttpcov.Core.Formats;

namespace Ttpcov.Core.Tests.Formats;

public sealed class ReadErrorTests
{
    private const string ApiStart = "{\"tables\":[{\"name\":\"PrimaryResult\",\n\"columns\":[{\"name\":\"SystemAlertId\",\"type\":\"string\"},{\"name\":\"ExtendedProperties\",\"type\":\"string\"}],\n\"rows\":[\n[\"a\",\"{}\"],\n";

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n\t\n")]
    public void An_empty_file_says_so(string content)
    {
        Assert.Equal("alerts.csv: empty file", Read.Failure(content, "alerts.csv").Message);
    }

    [Fact]
    public void An_empty_gzip_says_empty_file()
    {
        Assert.Equal("alerts.gz: empty file", Read.Failure(Read.Gzip(""), "alerts.gz").Message);
    }

    [Fact]
    public void Corrupt_gzip_is_a_format_error()
    {
        var bytes = Read.Gzip(ApiStart + "[\"b\",\"{}\"]]}]}");
        bytes[12] ^= 0xFF;
        bytes[13] ^= 0xFF;

        Assert.StartsWith("alerts.gz: corrupt compressed data", Read.Failure(bytes, "alerts.gz").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_is_refused()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00];

        Assert.Equal("alerts.xlsx: binary data, not a CSV or JSON export", Read.Failure(bytes, "alerts.xlsx").Message);
    }

    [Fact]
    public void Truncated_JSON_inside_a_string_names_the_line_and_byte_where_the_string_starts()
    {
        var content = ApiStart + "[\"b\",\"{\\\"Query\\\":\\\"SecurityEvent | wh";

        var error = Read.Failure(content, "alerts.json");

        var quote = content.LastIndexOf(",\"{", StringComparison.Ordinal) + 1;
        Assert.Equal($"alerts.json: line 5, byte {quote}: unexpected end of data inside a string (truncated file?)", error.Message);
        Assert.Equal(5, error.Line);
        Assert.Equal(quote, error.ByteOffset);
    }

    [Fact]
    public void Truncated_JSON_between_values_says_truncated()
    {
        var content = ApiStart + "[\"b\",\"{}\"],\n";

        var error = Read.Failure(content, "alerts.json");

        Assert.Equal($"alerts.json: line 6, byte {content.Length}: unexpected end of data (truncated file?)", error.Message);
    }

    [Fact]
    public void Records_before_a_truncation_are_delivered_first()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ApiStart + "[\"b\",\"{"));
        var seen = new List<string?>();

        Assert.Throws<AlertFormatException>(() =>
        {
            foreach (var record in AlertFileReader.Read(stream, "alerts.json", new AlertReadOptions { BufferSize = 8 }))
            {
                seen.Add(record.SystemAlertId);
            }
        });
        Assert.Equal(["a"], seen);
    }

    [Fact]
    public void Invalid_JSON_names_the_offending_token()
    {
        var content = "[\n  {\"AlertName\": \"a\"},\n  {\"AlertName\": x}\n]";

        var error = Read.Failure(content, "rows.json");

        Assert.Equal($"rows.json: line 3, byte {content.IndexOf('x', StringComparison.Ordinal)}: invalid JSON: 'x' is an invalid start of a value.", error.Message);
    }

    [Fact]
    public void Invalid_UTF8_in_JSON_is_a_format_error()
    {
        var bytes = Encoding.UTF8.GetBytes("[{\"AlertName\": \"ab\"}]");
        bytes[16] = 0xFF;

        var error = Read.Failure(bytes, "rows.json");

        Assert.Equal("rows.json: line 1, byte 1: invalid JSON: a string is not valid UTF-8", error.Message);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"alerts\"")]
    [InlineData("true")]
    public void A_JSON_scalar_at_the_top_is_refused(string content)
    {
        var error = Read.Failure(content, "x.json", new AlertReadOptions { Format = AlertFileFormat.Ndjson });

        Assert.Matches(@"^x\.json: line 1, byte 0: expected a JSON object or array, found (a number|a string|a boolean)$", error.Message);
    }

    [Fact]
    public void An_array_of_scalars_is_refused()
    {
        Assert.Equal("x.json: line 1, byte 1: expected an alert object in the array, found a number", Read.Failure("[1,2]", "x.json").Message);
    }

    [Fact]
    public void Rows_before_columns_cannot_be_streamed()
    {
        var content = "{\"tables\":[{\"name\":\"PrimaryResult\",\n\"rows\":[[\"a\"]],\"columns\":[{\"name\":\"SystemAlertId\"}]}]}";

        var error = Read.Failure(content, "api.json");

        Assert.Equal("api.json: line 2, byte 36: \"rows\" come before \"columns\" in the table; cannot match cells to columns", error.Message);
    }

    [Fact]
    public void A_query_API_table_without_alert_columns_is_refused()
    {
        var content = "{\"tables\":[{\"name\":\"PrimaryResult\",\"columns\":[{\"name\":\"Title\"},{\"name\":\"TenantId\"}],\"rows\":[]}]}";

        var error = Read.Failure(content, "api.json");

        Assert.EndsWith("no SecurityAlert columns found in the header (need one of SystemAlertId, AlertName/DisplayName, AlertType, Tactics, Techniques, SubTechniques; found: Title, TenantId)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forced_JSON_format_refuses_another_shape()
    {
        var error = Read.Failure("[{\"AlertName\":\"a\"}]", "x.json", new AlertReadOptions { Format = AlertFileFormat.QueryApi });

        Assert.Equal("x.json: line 1, byte 1: expected QueryApi JSON but found JsonRows", error.Message);
    }

    [Fact]
    public void A_header_without_any_alert_column_lists_what_it_found()
    {
        Assert.Equal("data.csv:1: no SecurityAlert columns found in the header (found: a, b, c)", Read.Failure("a,b,c\n1,2,3\n", "data.csv").Message);
    }

    [Fact]
    public void A_JSON_scalar_without_a_forced_format_is_not_a_SecurityAlert_header()
    {
        Assert.Equal("x.json:1: no SecurityAlert columns found in the header (found: 42)", Read.Failure("42", "x.json").Message);
    }

    [Fact]
    public void An_unterminated_quote_names_the_line_where_the_field_started_and_its_column()
    {
        var content = "SystemAlertId,AlertName,ExtendedProperties\r\nid-1,ok,\"{}\"\r\nid-2,\"fine\r\nstill fine\",\"{\"\"Query\"\":\r\n\"\"SecurityEvent\r\n";

        var error = Read.Failure(content, "export.csv");

        Assert.Equal("export.csv:4: unterminated quoted field starting here (field ExtendedProperties)", error.Message);
        Assert.Equal(4, error.Line);
        Assert.Equal("ExtendedProperties", error.Field);
    }
}
