using System.Text.Json;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Writes <c>summary.json</c>: the whole result minus per-alert evidence, camelCase, properties in a fixed order,
/// percentages rounded to one decimal, timestamps UTC ISO. <see cref="SummaryJsonReader"/> reads it back
/// (<see cref="Format"/> and <see cref="FormatVersion"/> identify it). With rules it gains a <c>rules</c> object after
/// <c>coverage</c> (<see cref="SummaryJsonRules"/>); that addition is optional, so the format version stays 1.
/// </summary>
public sealed class SummaryJsonWriter
{
    public const string Format = "ttpcov-summary";
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public void Write(CoverageResult result, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        var run = result.Run;
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("toolVersion", run.ToolVersion);
        json.WriteString("generatedAt", InvariantText.Timestamp(run.GeneratedAt));
        json.WriteStartObject("kb");
        json.WriteString("name", run.KbName);
        json.WriteString("version", run.KbVersion);
        json.WriteString("sha256", run.KbSha256);
        json.WriteString("attackVersion", run.KbAttackVersion);
        json.WriteEndObject();
        json.WriteStartObject("attack");
        json.WriteString("version", run.AttackVersion);
        json.WriteString("source", run.AttackSource);
        json.WriteEndObject();
        WriteWindow(json, run.Window);
        json.WriteStartArray("sources");
        foreach (var source in run.Sources)
        {
            json.WriteStringValue(source);
        }

        json.WriteEndArray();
        WriteAlerts(json, result.Alerts);
        WriteCoverage(json, result);
        SummaryJsonRules.Write(json, result);
        SummaryJsonLists.Write(json, result);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteWindow(Utf8JsonWriter json, CoverageWindow window)
    {
        json.WriteStartObject("window");
        WriteTimestamp(json, "start", window.Start);
        WriteTimestamp(json, "end", window.End);
        if (window.Days is { } days)
        {
            json.WriteNumber("days", days);
        }
        else
        {
            json.WriteNull("days");
        }

        json.WriteString("text", window.ToString());
        json.WriteEndObject();
    }

    private static void WriteAlerts(Utf8JsonWriter json, AlertStatistics alerts)
    {
        json.WriteStartObject("alerts");
        json.WriteNumber("rowsRead", alerts.RowsRead);
        json.WriteNumber("rowsOutsideWindow", alerts.RowsOutsideWindow);
        json.WriteNumber("rowsWithoutTime", alerts.RowsWithoutTime);
        json.WriteNumber("rowsWithoutAlertId", alerts.RowsWithoutAlertId);
        json.WriteNumber("duplicateRows", alerts.DuplicateRows);
        json.WriteNumber("uniqueAlerts", alerts.UniqueAlerts);
        json.WriteNumber("alertsWithTechniques", alerts.AlertsWithTechniques);
        json.WriteNumber("alertsWithUnreadableExtendedProperties", alerts.AlertsWithUnreadableExtendedProperties);
        json.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter json, CoverageResult result)
    {
        var totals = result.Totals;
        json.WriteStartObject("coverage");
        json.WriteNumber("kbTechniques", totals.KbTechniques);
        json.WriteNumber("covered", totals.Covered);
        json.WriteNumber("uncovered", totals.Uncovered);
        json.WriteNumber("percent", InvariantText.RoundPercent(totals.Percent));
        json.WriteNumber("weightedPercent", InvariantText.RoundPercent(totals.WeightedPercent));
        json.WriteEndObject();
    }

    internal static void WriteTimestamp(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            json.WriteString(name, InvariantText.Timestamp(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
