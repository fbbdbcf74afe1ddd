using System.Text;
using Ttpcov.Core.Formats;

namespace Ttpcov.Core.Tests.Formats;

public sealed class DelimitedExportTests
{
    private const string PortalHeader =
        "TenantId,\"TimeGenerated [UTC]\",AlertName,AlertSeverity,ProductName,ProviderName,SystemAlertId,Status,Tactics,Techniques,SubTechniques,ExtendedProperties\r\n";

    private const string PortalRow =
        "7f3c0d2e-1111-4a4a-9b9b-0123456789ab,\"3/2/2025, 10:15:42.123 AM\",\"Mass download by departing employee\",Medium,\"Azure Sentinel\",\"ASI Scheduled Alerts\",a1b2c3d4-0000-4000-8000-000000000001,New,\"Collection, Exfiltration\",\"[\"\"T1530\"\",\"\"T1567\"\"]\",\"[\"\"T1567.002\"\"]\",\"{\"\"Analytic Rule Ids\"\":\"\"[\\\"\"0c0ffee0-2222-4b4b-8c8c-abcdefabcdef\\\"\"]\"\"}\"\r\n";

    private const string PortalCsv = PortalHeader + PortalRow;

    [Fact]
    public void Portal_csv_strips_the_UTC_suffix_and_undoubles_quotes_in_JSON_cells()
    {
        var record = Assert.Single(Read.Text(PortalCsv, "export.csv"));

        Assert.Equal("3/2/2025, 10:15:42.123 AM", record.TimeGenerated);
        Assert.Equal("Collection, Exfiltration", record.Tactics);
        Assert.Equal("[\"T1530\",\"T1567\"]", record.Techniques);
        Assert.Equal("[\"T1567.002\"]", record.SubTechniques);
        Assert.Equal("{\"Analytic Rule Ids\":\"[\\\"0c0ffee0-2222-4b4b-8c8c-abcdefabcdef\\\"]\"}", record.ExtendedProperties);
        Assert.Equal("Medium", record.Severity);
        Assert.Equal("export.csv:2", record.Location.ToString());
    }

    [Fact]
    public void A_byte_order_mark_and_gzip_are_transparent()
    {
        var plain = Assert.Single(Read.Text(PortalCsv));
        var withBom = Assert.Single(Read.Text("\uFEFF" + PortalCsv));
        var packed = Assert.Single(Read.Bytes(Read.Gzip("\uFEFF" + PortalCsv), "export.csv.bin").Records);

        Assert.Equal(plain.Techniques, withBom.Techniques);
        Assert.Equal(plain.ExtendedProperties, packed.ExtendedProperties);
        Assert.Equal(2, packed.Location.Line);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    [InlineData(',')]
    [InlineData('\u2756')]
    public void The_delimiter_is_the_one_that_reveals_the_most_alert_columns(char delimiter)
    {
        var d = delimiter.ToString();
        var text = $"SystemAlertId{d}AlertName{d}Tactics{d}Techniques\nid-1{d}\"Name; with, every|thing\"{d}\"Impact, Collection\"{d}\"[\"\"T1485\"\"]\"\n";

        var record = Assert.Single(Read.Text(text));

        Assert.Equal("id-1", record.SystemAlertId);
        Assert.Equal("Name; with, every|thing", record.AlertName);
        Assert.Equal("Impact, Collection", record.Tactics);
        Assert.Equal("[\"T1485\"]", record.Techniques);
    }

    [Fact]
    public void A_forced_delimiter_wins_over_detection()
    {
        var text = "Tactics;Techniques;Severity,AlertName\nB;C;High,A\n";

        var detected = Assert.Single(Read.Text(text));
        var forced = Assert.Single(Read.Text(text, options: new AlertReadOptions { Delimiter = ',' }));

        Assert.Equal("B", detected.Tactics);
        Assert.Null(detected.AlertName);
        Assert.Equal("A", forced.AlertName);
        Assert.Null(forced.Tactics);
    }

    [Fact]
    public void Short_rows_leave_missing_columns_null_and_long_rows_drop_extra_fields()
    {
        var records = Read.Text("AlertName,Tactics,Techniques\nshort,Impact\nlong,Impact,T1485,extra,more\n\n");

        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Techniques);
        Assert.Equal("T1485", records[1].Techniques);
        Assert.Equal([2L, 3], records.Select(r => r.Location.Line));
    }

    [Fact]
    public void Quoted_newlines_of_every_kind_stay_in_the_field_and_move_the_next_record_down()
    {
        var records = Read.Text("AlertName,ExtendedProperties\r\na,\"x\r\ny\nz\r\r\nw\"\r\nb,\"\"\r\n");

        Assert.Equal("x\r\ny\nz\r\r\nw", records[0].ExtendedProperties);
        Assert.Equal("", records[1].ExtendedProperties);
        Assert.Equal([2L, 7], records.Select(r => r.Location.Line));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Tiny_buffers_read_the_same_records(int bufferSize)
    {
        var small = Read.Text(PortalCsv + PortalRow, options: new AlertReadOptions { BufferSize = bufferSize });

        Assert.Equal(2, small.Count);
        Assert.All(small, r => Assert.Equal("[\"T1530\",\"T1567\"]", r.Techniques));
        Assert.Equal([2L, 3], small.Select(r => r.Location.Line));
    }

    [Theory]
    [InlineData(AlertReading.PortalRowCap, true)]
    [InlineData(AlertReading.PortalRowCap - 1, false)]
    public void Exactly_30000_data_rows_flags_a_probably_truncated_portal_export(int rows, bool flagged)
    {
        var text = new StringBuilder("SystemAlertId\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append("id-").Append(i).Append('\n');
        }

        var (reading, records) = Read.Bytes(Encoding.UTF8.GetBytes(text.ToString()));

        Assert.Equal(rows, records.Count);
        Assert.Equal(rows, reading.RecordCount);
        Assert.Equal(flagged, reading.ReachedPortalRowCap);
    }

    [Fact]
    public void A_UTF16_export_with_its_byte_order_mark_reads_as_text()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("AlertName\tTactics\r\nÄlert ❖\tImpact\r\n")).ToArray();

        var record = Assert.Single(Read.Bytes(bytes).Records);

        Assert.Equal("Älert ❖", record.AlertName);
        Assert.Equal("Impact", record.Tactics);
    }
}
