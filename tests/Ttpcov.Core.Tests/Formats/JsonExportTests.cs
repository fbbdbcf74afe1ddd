using System.Text;
using System.Text.Json;
using Ttpcov.Core.Formats;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Formats;

public sealed class JsonExportTests
{
    private const string AzCliOutput = """
        [
          {
            "TableName": "PrimaryResult",
            "SystemAlertId": "a1b2c3d4-0000-4000-8000-000000000001",
            "TimeGenerated": "2025-03-02T10:15:42.1234567Z",
            "AlertName": "Mass download by departing employee",
            "ConfidenceScore": "None",
            "IsIncident": "False",
            "Tactics": "Collection, Exfiltration",
            "Techniques": "[\"T1530\",\"T1567\"]",
            "SubTechniques": "None"
          },
          {
            "TableName": "PrimaryResult",
            "SystemAlertId": "a1b2c3d4-0000-4000-8000-000000000002",
            "AlertName": "Second"
          }
        ]
        """;

    [Fact]
    public void Az_cli_rows_map_None_to_null()
    {
        var (reading, records) = Read.Bytes(Encoding.UTF8.GetBytes(AzCliOutput), "az.json");

        Assert.Equal(AlertFileFormat.JsonRows, reading.Format);
        Assert.Equal(2, records.Count);
        Assert.Equal("[\"T1530\",\"T1567\"]", records[0].Techniques);
        Assert.Null(records[0].SubTechniques);
        Assert.Equal("2025-03-02T10:15:42.1234567Z", records[0].TimeGenerated);
        Assert.Equal("az.json: line 2, byte 4", $"{records[0].Location.Source}: line {records[0].Location.Line}, byte {records[0].Location.ByteOffset}");
        Assert.Equal(13, records[1].Location.Line);
    }

    [Fact]
    public void Ndjson_keeps_real_arrays_and_numbers_as_raw_JSON_text()
    {
        var text = "{\"SystemAlertId\":\"x1\",\"Techniques\":[\"T1078\",\"T1110\"],\"Tactics\":\"InitialAccess\",\"Severity\":3,\"ExtendedProperties\":{\"k\":true}}\n" +
                   "{\"SystemAlertId\":\"x2\",\"Techniques\":null,\"AlertName\":\"None\"}\n";

        var (reading, records) = Read.Bytes(Encoding.UTF8.GetBytes(text), "alerts.ndjson");

        Assert.Equal(AlertFileFormat.Ndjson, reading.Format);
        Assert.Equal("[\"T1078\",\"T1110\"]", records[0].Techniques);
        Assert.Equal("3", records[0].Severity);
        Assert.Equal("{\"k\":true}", records[0].ExtendedProperties);
        Assert.Null(records[1].Techniques);
        Assert.Equal("None", records[1].AlertName);
        Assert.Equal([1L, 2], records.Select(r => r.Location.Line));
    }

    [Fact]
    public void Gzipped_ndjson_reads_the_same()
    {
        var text = "{\"SystemAlertId\":\"x1\",\"Techniques\":[\"T1078\"]}\r\n{\"SystemAlertId\":\"x2\"}";

        var records = Read.Bytes(Read.Gzip(text), "alerts").Records;

        Assert.Equal(["x1", "x2"], records.Select(r => r.SystemAlertId));
        Assert.Equal("[\"T1078\"]", records[0].Techniques);
        Assert.Equal(2, records[1].Location.Line);
        Assert.Equal(text.IndexOf("{\"SystemAlertId\":\"x2", StringComparison.Ordinal), records[1].Location.ByteOffset);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(16)]
    [InlineData(1000)]
    [InlineData(64 * 1024)]
    public void A_64KB_ExtendedProperties_value_crosses_many_buffer_refills(int bufferSize)
    {
        var big = string.Concat(Enumerable.Range(0, 4000).Select(i => $$"""é❖{{i:D4}}\\\"q\\\"\\n"""));
        var json = """{"statistics":{"query":{"executionTime":0.5}},"tables":[{"name":"PrimaryResult","columns":[""" +
                   """{"name":"SystemAlertId","type":"string"},{"name":"ExtendedProperties","type":"string"},{"name":"Count","type":"long"},""" +
                   """{"name":"Score","type":"real"},{"name":"IsIncident","type":"bool"},{"name":"Techniques","type":"dynamic"}],"rows":[""" +
                   "\n[\"a\",\"{\\\"big\\\":\\\"" + big + "\\\"}\",9223372036854775807,\"NaN\",false,null],\n" +
                   "[\"b\",\"{}\",1,1.5,true,\"[\\\"T1078\\\"]\"]]},{\"name\":\"Other\",\"columns\":[],\"rows\":[[1]]}]}";

        var (reading, records) = Read.Bytes(Encoding.UTF8.GetBytes(json), "api.json", new AlertReadOptions { BufferSize = bufferSize });

        Assert.Equal(AlertFileFormat.QueryApi, reading.Format);
        Assert.Equal(["a", "b"], records.Select(r => r.SystemAlertId));
        using var properties = JsonDocument.Parse(records[0].ExtendedProperties!);
        var value = properties.RootElement.GetProperty("big").GetString()!;
        Assert.True(Encoding.UTF8.GetByteCount(json) > 64 * 1024);
        Assert.Equal(40_000, value.Length);
        Assert.StartsWith("é❖0000\"q\"\n", value, StringComparison.Ordinal);
        Assert.EndsWith("é❖3999\"q\"\n", value, StringComparison.Ordinal);
        Assert.Null(records[0].Techniques);
        Assert.Equal("[\"T1078\"]", records[1].Techniques);
        Assert.Equal([2L, 3], records.Select(r => r.Location.Line));
    }

    [Fact]
    public void Query_API_cells_that_are_not_strings_stay_raw_JSON_text_and_long_keeps_every_digit()
    {
        var json = """{"tables":[{"name":"PrimaryResult","columns":[{"name":"AlertName","type":"string"},{"name":"Techniques","type":"long"},{"name":"Tactics","type":"real"}],"rows":[["n",9223372036854775807,"NaN"]]}]}""";

        var record = Assert.Single(Read.Text(json));

        Assert.Equal("9223372036854775807", record.Techniques);
        Assert.Equal("NaN", record.Tactics);
    }

    [Fact]
    public void Rest_incident_alert_entities_map_camelCase_properties()
    {
        var json = """
            {"value":[{"id":"/subscriptions/s/.../Entities/a1","name":"a1","type":"Microsoft.SecurityInsights/Entities","kind":"SecurityAlert",
              "properties":{"systemAlertId":"a1","alertDisplayName":"Mass download","alertType":"ws_rule","productName":"Azure Sentinel",
                "severity":"Medium","tactics":["Collection","Exfiltration"],"techniques":["T1530"],"startTimeUtc":"2025-03-02T08:00:00Z",
                "timeGenerated":"2025-03-02T10:15:42.1234567Z","resourceIdentifiers":[{"type":"LogAnalytics","workspaceId":"ws-1"}],
                "additionalData":{"AlertMessageEnqueueTime":"2025-03-02T10:15:45.1Z"},"friendlyName":"Friendly"}}]}
            """;

        var (reading, records) = Read.Bytes(Encoding.UTF8.GetBytes(json));
        var record = Assert.Single(records);

        Assert.Equal(AlertFileFormat.RestEntities, reading.Format);
        Assert.Equal("a1", record.SystemAlertId);
        Assert.Equal("Mass download", record.AlertName);
        Assert.Equal("ws_rule", record.AlertType);
        Assert.Equal("Azure Sentinel", record.ProductName);
        Assert.Equal("Medium", record.Severity);
        Assert.Equal("Collection, Exfiltration", record.Tactics);
        Assert.Equal("[\"T1530\"]", record.Techniques);
        Assert.Equal("2025-03-02T08:00:00Z", record.StartTime);
        Assert.Equal("2025-03-02T10:15:42.1234567Z", record.TimeGenerated);
        Assert.Equal("ws-1", record.Workspace);
        Assert.Equal("{\"AlertMessageEnqueueTime\":\"2025-03-02T10:15:45.1Z\"}", record.ExtendedProperties);
    }

    [Fact]
    public void The_REST_spec_example_of_an_incidents_alerts_reads_from_its_response_body()
    {
        var path = SharedData.Sample("api-examples/Azure__azure-rest-api-specs/specification/securityinsights/resource-manager/Microsoft.SecurityInsights/stable/2024-09-01/examples/incidents/GetAllIncidentAlerts.json");
        using var example = JsonDocument.Parse(File.ReadAllBytes(path));
        var body = Encoding.UTF8.GetBytes(example.RootElement.GetProperty("responses").GetProperty("200").GetProperty("body").GetRawText());

        var record = Assert.Single(Read.Bytes(body, "GetAllIncidentAlerts.json").Records);

        Assert.Equal("baa8a239-6fde-4ab7-a093-d09f7b75c58c", record.SystemAlertId);
        Assert.Equal("myAlert", record.AlertName);
        Assert.Equal("Azure Security Center", record.ProductName);
        Assert.Equal("", record.Tactics);
        Assert.Null(record.Techniques);
        Assert.Equal("c8c99641-985d-4e4e-8e91-fb3466cd0e5b", record.Workspace);
        Assert.Equal("2020-07-20T18:21:53.6158361Z", record.TimeGenerated);
    }

    [Fact]
    public void A_bare_array_of_entities_is_read_as_entities()
    {
        var (reading, records) = Read.Bytes(Encoding.UTF8.GetBytes("""[{"kind":"SecurityAlert","properties":{"systemAlertId":"e1","tactics":[]}}]"""));

        Assert.Equal(AlertFileFormat.RestEntities, reading.Format);
        Assert.Equal("e1", Assert.Single(records).SystemAlertId);
    }

    [Fact]
    public void An_empty_result_has_columns_and_no_rows()
    {
        var (reading, records) = Read.Bytes(Encoding.UTF8.GetBytes("""{"tables":[{"name":"PrimaryResult","columns":[{"name":"SystemAlertId","type":"string"}],"rows":[]}]}"""));

        Assert.Empty(records);
        Assert.Equal(AlertFileFormat.QueryApi, reading.Format);
        Assert.True(reading.Completed);
        Assert.False(reading.ReachedPortalRowCap);
    }

    [Fact]
    public void A_reading_can_be_enumerated_only_once()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(AzCliOutput));
        var reading = AlertFileReader.Read(stream, "az.json");

        Assert.Equal(2, reading.Count());
        Assert.Throws<InvalidOperationException>(() => reading.Count());
    }
}
