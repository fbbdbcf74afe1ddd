using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Emulator;

/// <summary>
/// A SecurityAlert row with what the ttpcov queries derive from it computed once: <c>EPTechniques</c> (the
/// ExtendedProperties keys containing "echnique", as a compact JSON object) and <c>RuleId</c>. Strings are
/// never null (as in Kusto); datetimes may be.
/// </summary>
internal sealed class EmulatorAlertRow
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string SystemAlertId { get; private init; } = "";

    public DateTimeOffset? TimeGenerated { get; private init; }

    public DateTimeOffset? StartTime { get; private init; }

    public string AlertName { get; private init; } = "";

    public string AlertType { get; private init; } = "";

    public string AlertSeverity { get; private init; } = "";

    public string ProductName { get; private init; } = "";

    public string ProviderName { get; private init; } = "";

    public string Tactics { get; private init; } = "";

    public string Techniques { get; private init; } = "";

    public string SubTechniques { get; private init; } = "";

    public string TenantId { get; private init; } = "";

    public string EPTechniques { get; private init; } = "{}";

    public string RuleId { get; private init; } = "";

    public static EmulatorAlertRow From(IReadOnlyDictionary<string, string?> columns)
    {
        var record = new AlertRecord();
        foreach (var (name, value) in columns)
        {
            record.Set(AlertColumns.Lookup(name), value);
        }

        var extended = ParseObject(record.ExtendedProperties);
        return new EmulatorAlertRow
        {
            SystemAlertId = record.SystemAlertId ?? "",
            TimeGenerated = ParseTime(record.TimeGenerated),
            StartTime = ParseTime(record.StartTime),
            AlertName = record.AlertName ?? "",
            AlertType = record.AlertType ?? "",
            AlertSeverity = record.Severity ?? "",
            ProductName = record.ProductName ?? "",
            ProviderName = record.ProviderName ?? "",
            Tactics = record.Tactics ?? "",
            Techniques = record.Techniques ?? "",
            SubTechniques = record.SubTechniques ?? "",
            TenantId = record.Workspace ?? "",
            EPTechniques = TechniqueBag(extended),
            RuleId = RuleIdOf(extended, record.ProductName ?? "", record.AlertType ?? ""),
        };
    }

    internal static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    private static JsonElement? ParseObject(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string TechniqueBag(JsonElement? extended)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            if (extended is { } ep)
            {
                foreach (var property in ep.EnumerateObject().Where(p => p.Name.Contains("echnique", StringComparison.OrdinalIgnoreCase)))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string RuleIdOf(JsonElement? extended, string productName, string alertType)
    {
        if (extended is { } ep && ep.TryGetProperty("Analytic Rule Ids", out var ids))
        {
            var inner = ids.ValueKind == JsonValueKind.String ? ParseArray(ids.GetString()) : ids.ValueKind == JsonValueKind.Array ? ids : null;
            if (inner is { } array && array.GetArrayLength() > 0)
            {
                var first = array[0];
                var text = first.ValueKind == JsonValueKind.String ? first.GetString() : first.GetRawText();
                if (!string.IsNullOrEmpty(text))
                {
                    return text;
                }
            }
        }

        var parts = alertType.Split('_');
        return productName == "Azure Sentinel" && parts.Length > 1 ? parts[1] : "";
    }

    private static JsonElement? ParseArray(string? text)
    {
        try
        {
            using var document = JsonDocument.Parse(text ?? "");
            return document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
