using System.Globalization;
using System.Text.Json;

namespace Ttpcov.Core.Samples;

/// <summary>
/// Generates realistic, fully synthetic SecurityAlert rows, deterministically from a seed: alert kinds drawn by
/// frequency, times spread over <see cref="SpanDays"/> days before <see cref="AsOf"/>, about a third of the alerts
/// re-emitted as later status-update rows with the same SystemAlertId (as Sentinel does), and ExtendedProperties
/// with rule IDs and technique keys. Writes NDJSON with the table's column names.
/// </summary>
public sealed class SampleAlertGenerator(int seed = 20241)
{
    public static DateTimeOffset AsOf { get; } = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public const int SpanDays = 120;

    private const string Workspace = "5f7c2d3e-0000-4c1a-9d2e-1a2b3c4d5e6f";

    public void WriteNdjson(Stream stream, int alerts)
    {
        var random = new Random(seed);
        var templates = SampleAlertCatalog.Templates;
        var totalFrequency = templates.Sum(t => t.Frequency);
        using var writer = new Utf8JsonWriter(stream);
        for (var i = 0; i < alerts; i++)
        {
            var template = Pick(templates, random.Next(totalFrequency));
            var id = new Guid(random.Next(), (short)random.Next(short.MaxValue), (short)random.Next(short.MaxValue), 0x8a, 0x11, (byte)(i >> 16), (byte)(i >> 8), (byte)i, 1, 2, 3).ToString();
            var time = AsOf.AddSeconds(-random.Next(SpanDays * 86_400));
            var updates = random.Next(3) == 0 ? 1 + random.Next(3) : 0;
            for (var u = 0; u <= updates; u++)
            {
                WriteRow(writer, stream, template, id, time.AddMinutes(u * (7 + random.Next(600))), time.AddMinutes(-5 - random.Next(120)), u == 0 ? "New" : "InProgress", i);
            }
        }
    }

    private static SampleAlertTemplate Pick(IReadOnlyList<SampleAlertTemplate> templates, int draw)
    {
        foreach (var template in templates)
        {
            if ((draw -= template.Frequency) < 0)
            {
                return template;
            }
        }

        return templates[^1];
    }

    private static void WriteRow(Utf8JsonWriter writer, Stream stream, SampleAlertTemplate t, string id, DateTimeOffset time, DateTimeOffset start, string status, int index)
    {
        var ruleId = $"0c0ffee0-{SampleAlertCatalog.Templates.IndexOf(t):D4}-4b4b-8c8c-abcdefabcdef";
        writer.WriteStartObject();
        writer.WriteString("TenantId", Workspace);
        writer.WriteString("TimeGenerated", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("AlertName", t.Name);
        writer.WriteString("AlertSeverity", t.Severity);
        writer.WriteString("ProviderName", t.Provider);
        writer.WriteString("ProductName", t.Product);
        writer.WriteString("SystemAlertId", id);
        writer.WriteString("AlertType", t.Product == SampleAlertCatalog.Sentinel ? $"{Workspace}_{ruleId}" : t.Provider);
        writer.WriteString("StartTime", start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("Status", status);
        writer.WriteString("CompromisedEntity", $"user{index % 37:D2}@contoso.example");
        writer.WriteString("Tactics", t.Tactics);
        writer.WriteString("Techniques", t.Techniques);
        writer.WriteString("SubTechniques", t.SubTechniques);
        writer.WriteString("ExtendedProperties", ExtendedProperties(t, ruleId, index));
        writer.WriteString("Type", "SecurityAlert");
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        stream.WriteByte((byte)'\n');
    }

    private static string ExtendedProperties(SampleAlertTemplate t, string ruleId, int index)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (t.Product == SampleAlertCatalog.Sentinel)
        {
            properties["Analytic Rule Ids"] = $"[\"{ruleId}\"]";
            properties["Analytic Rule Name"] = t.Name;
            properties["Query Period"] = "1.00:00:00";
            properties["Query"] = "// T9999 mentioned in a query comment must not count\nOfficeActivity | take 1";
        }
        else
        {
            properties["IncidentId"] = (1000 + (index % 400)).ToString(CultureInfo.InvariantCulture);
            properties["DetectionSource"] = t.Provider;
        }

        if (t.ExtendedTechniques is { } techniques)
        {
            properties["MitreTechniques"] = techniques;
        }

        return JsonSerializer.Serialize(properties, SampleJsonContext.Default.DictionaryStringString);
    }
}
