using System.Text.Json;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Formats;

namespace Ttpcov.Core.Tests.Formats;

public sealed class RealSampleTests
{
    private const string SecRlAlerts = "alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv";
    private const string SecRlIncidents = "alerts/microsoft__SecRL/secgym/qagen/extracted_incidents.csv";
    private const string Msticpy = "alerts/microsoft__msticpy/tests/testdata/azmondata/az_mon_raw_query.json";
    private const string AlertList = "alerts/Azure__Azure-Sentinel-Notebooks/tutorials-and-examples/feature-tutorials/data/alertlist.csv";
    private const string Builtin = "alerts/Azure__Azure-Sentinel/Tools/MITREATT&CK-LayerGeneration-Notebook/MSFT-Builtin-Alerts.csv";

    [Fact]
    public void SecRL_alerts_read_189_records_with_the_U2756_delimiter()
    {
        var (reading, records) = Read.SampleReading(SecRlAlerts);

        Assert.Equal(189, records.Count);
        Assert.Equal(AlertFileFormat.Delimited, reading.Format);
        Assert.False(reading.ReachedPortalRowCap);
        Assert.All(records, r => Assert.Matches("^[0-9a-f-]{36}$", r.SystemAlertId));
    }

    [Fact]
    public void SecRL_first_row_is_read_field_by_field()
    {
        var first = Read.Sample(SecRlAlerts)[0];

        Assert.Equal("394a992b-7aba-fbd3-571a-bdefbebf65bb", first.SystemAlertId);
        Assert.Equal("Suspicious System Hardware Discovery", first.AlertName);
        Assert.Equal("2024-07-04 22:35:00.746663+00:00", first.TimeGenerated);
        Assert.Equal("2024-07-02 09:47:31.784654+00:00", first.StartTime);
        Assert.Equal("[\"T1047\",\"T1082\",\"T1497\"]", first.Techniques);
        Assert.Equal("[\"T1497.001\"]", first.SubTechniques);
        Assert.Equal("DefenseEvasion, Discovery, Execution", first.Tactics);
        Assert.Equal("MDATP", first.ProviderName);
        Assert.Equal("Low", first.Severity);
        Assert.Equal("e34d562e-ef12-4c4e-9bc0-7c6ae357c015", first.Workspace);
        Assert.Equal(2, first.Location.Line);
    }

    [Fact]
    public void SecRL_ExtendedProperties_keep_their_multi_line_JSON_intact()
    {
        var first = Read.Sample(SecRlAlerts)[0];

        using var properties = JsonDocument.Parse(first.ExtendedProperties!);
        Assert.Equal("Discovery", properties.RootElement.GetProperty("MicrosoftDefenderAtp.Category").GetString());
        Assert.StartsWith("A. Validate the alert.\n1. Review", properties.RootElement.GetProperty("Action").GetString());
    }

    [Fact]
    public void SecRL_every_ExtendedProperties_parses_and_every_timestamp_reads()
    {
        var records = Read.Sample(SecRlAlerts);

        Assert.All(records, r =>
        {
            using var properties = JsonDocument.Parse(r.ExtendedProperties!);
            Assert.True(TimestampParser.TryParse(r.TimeGenerated, DateOrder.MonthFirst, out var generated));
            Assert.NotNull(generated);
            Assert.True(TimestampParser.TryParse(r.StartTime, DateOrder.MonthFirst, out _));
        });
        Assert.Equal(31, records.Count(r => r.Techniques == ""));
        Assert.Equal(5, records.Count(r => r.AlertName!.EndsWith('\u200B')));
        Assert.Equal(57, records.Count(r => r.Tactics == "Unknown"));
    }

    [Fact]
    public void SecRL_records_start_on_the_lines_their_quoted_newlines_push_them_to()
    {
        var records = Read.Sample(SecRlAlerts);

        Assert.Equal([2L, 3, 6, 7, 9], records.Take(5).Select(r => r.Location.Line));
        Assert.Equal(369, records[^1].Location.Line);
    }

    [Fact]
    public void SecRL_incidents_are_refused_because_no_column_identifies_an_alert()
    {
        var error = Assert.Throws<AlertFormatException>(() => Read.Sample(SecRlIncidents));

        Assert.Equal(1, error.Line);
        Assert.StartsWith("extracted_incidents.csv:1: no SecurityAlert columns found in the header (need one of SystemAlertId", error.Message);
        Assert.Contains("found: TenantId, TimeGenerated, IncidentName, Title,", error.Message);
    }

    [Fact]
    public void Msticpy_query_API_response_reads_3_records_without_SubTechniques()
    {
        var (reading, records) = Read.SampleReading(Msticpy);

        Assert.Equal(AlertFileFormat.QueryApi, reading.Format);
        Assert.Equal(3, records.Count);
        Assert.All(records, r =>
        {
            Assert.Null(r.SubTechniques);
            Assert.Equal("", r.Techniques);
            Assert.Equal("Unknown", r.Tactics);
            Assert.Equal("Azure Sentinel", r.ProductName);
            Assert.True(TimestampParser.TryParse(r.TimeGenerated, DateOrder.MonthFirst, out var t) && t is not null);
            using var properties = JsonDocument.Parse(r.ExtendedProperties!);
            Assert.StartsWith("[\"", properties.RootElement.GetProperty("Analytic Rule Ids").GetString());
        });
    }

    [Fact]
    public void Alertlist_2019_pandas_export_reads_189_records_with_legacy_names()
    {
        var records = Read.Sample(AlertList);

        Assert.Equal(189, records.Count);
        Assert.All(records, r =>
        {
            Assert.Null(r.Techniques);
            Assert.Null(r.Tactics);
            Assert.False(string.IsNullOrEmpty(r.AlertName));
        });
        var first = records[0];
        Assert.Equal("047f47d6-79b7-4502-824b-97abc4905a73", first.SystemAlertId);
        Assert.Equal("DC local group addition - Demo", first.AlertName);
        Assert.Equal("2019-01-11 06:31:40", first.StartTime);
        Assert.Equal("Low", first.Severity);
        Assert.Equal("Anomalous account creation detected", records[^1].AlertName);
    }

    [Fact]
    public void Alertlist_lines_count_CR_CR_LF_inside_quoted_fields_as_two_line_breaks_like_editors_do()
    {
        var records = Read.Sample(AlertList);

        Assert.Equal([2L, 117, 232, 249, 266], records.Take(5).Select(r => r.Location.Line));
        Assert.Equal(29420, records[^1].Location.Line);
        Assert.StartsWith("{\r\r\n  \"Alert Mode\": \"Aggregated\",\r\r\n", records[0].ExtendedProperties, StringComparison.Ordinal);
    }

    [Fact]
    public void MSFT_builtin_alert_catalogue_reads_531_alert_names_with_tactics()
    {
        var records = Read.Sample(Builtin);

        Assert.Equal(531, records.Count);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.AlertName)));
        Assert.Equal("A logon from a malicious IP has been detected. [seen multiple times]", records[0].AlertName);
        Assert.Equal("-", records[0].Tactics);
        Assert.Equal("Investigation priority score increase (preview)", records[^1].AlertName);
        Assert.Contains(records, r => r.Tactics == "DefenseEvasion");
    }
}
