using System.Text.Json;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>The list sections of <c>summary.json</c>: ID lists, per-technique lines and the ID reports.</summary>
internal static class SummaryJsonLists
{
    public static void Write(Utf8JsonWriter json, CoverageResult result)
    {
        var techniques = result.Techniques.OrderBy(t => t.Id).ToList();
        WriteIds(json, "coveredIds", techniques.Where(t => t.Covered));
        WriteIds(json, "uncoveredIds", techniques.Where(t => !t.Covered));
        json.WriteStartArray("techniques");
        foreach (var t in techniques)
        {
            json.WriteStartObject();
            json.WriteString("id", t.Id.ToString());
            json.WriteString("name", t.Name);
            json.WriteString("status", t.Covered ? "covered" : "uncovered");
            json.WriteNumber("alertCount", t.Evidence.AlertCount);
            if (t.Tier is { } tier)
            {
                json.WriteNumber("tier", tier);
            }
            else
            {
                json.WriteNull("tier");
            }

            json.WriteBoolean("parentOnly", t.ParentOnly);
            json.WriteNumber("parentOnlyAlerts", t.ParentOnlyAlerts);
            SummaryJsonWriter.WriteTimestamp(json, "firstSeen", t.Evidence.FirstSeen);
            SummaryJsonWriter.WriteTimestamp(json, "lastSeen", t.Evidence.LastSeen);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteReports(json, "unrecognised", result.Unrecognised);
        WriteReports(json, "unknownToTarget", result.UnknownToTarget);
        json.WriteStartArray("remapped");
        foreach (var m in result.Remapped)
        {
            json.WriteStartObject();
            json.WriteString("from", m.From);
            json.WriteString("to", m.To);
            json.WriteString("path", m.Path);
            json.WriteNumber("alerts", m.Alerts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteReports(json, "kbUnmapped", result.KbUnmapped);
        json.WriteStartArray("observedOutsideKb");
        foreach (var o in result.ObservedOutsideKb.OrderBy(o => o.Id))
        {
            json.WriteStartObject();
            json.WriteString("id", o.Id.ToString());
            json.WriteString("name", o.Name);
            json.WriteNumber("alerts", o.Alerts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, IEnumerable<KbTechniqueCoverage> techniques)
    {
        json.WriteStartArray(name);
        foreach (var t in techniques)
        {
            json.WriteStringValue(t.Id.ToString());
        }

        json.WriteEndArray();
    }

    private static void WriteReports(Utf8JsonWriter json, string name, IReadOnlyList<IdReport> reports)
    {
        json.WriteStartArray(name);
        foreach (var r in reports)
        {
            json.WriteStartObject();
            json.WriteString("value", r.Value);
            json.WriteNumber("alerts", r.Alerts);
            json.WriteString("reason", r.Reason);
            json.WriteString("firstSeenAt", r.FirstSeenAt);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
