using System.Text.Json;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Alerts;

/// <summary>
/// Extracts the ATT&amp;CK techniques and tactics one alert carries, from <c>Techniques</c>, <c>SubTechniques</c> and
/// every <c>ExtendedProperties</c> key whose name contains "technique" (e.g. <c>MitreTechniques</c>). Never throws on
/// bad data: malformed values come back as unrecognised, an unreadable ExtendedProperties is flagged.
/// </summary>
public static class TechniqueExtractor
{
    public static ExtractedTechniques Extract(AlertRecord record)
    {
        var ids = new SortedSet<TechniqueId>();
        var unrecognised = new SortedSet<string>(StringComparer.Ordinal);
        TechniqueTokens.Collect(record.Techniques, ids, unrecognised);
        TechniqueTokens.Collect(record.SubTechniques, ids, unrecognised);
        var unreadable = !CollectFromExtendedProperties(record.ExtendedProperties, ids, unrecognised);
        var tactics = Tactic.ParseList(record.Tactics);

        return ids.Count == 0 && unrecognised.Count == 0 && tactics.Count == 0 && !unreadable
            ? ExtractedTechniques.Empty
            : new ExtractedTechniques([.. ids], [.. unrecognised], tactics, unreadable);
    }

    /// <summary>Returns false when ExtendedProperties mentions techniques but is not a readable JSON object.</summary>
    private static bool CollectFromExtendedProperties(string? json, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        if (string.IsNullOrWhiteSpace(json) || json.IndexOf("technique", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.Contains("technique", StringComparison.OrdinalIgnoreCase))
                {
                    TechniqueTokens.CollectElement(property.Value, ids, unrecognised);
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or JSON with a string that is not valid Unicode (a lone surrogate escape such as \ud800).
            return false;
        }
    }
}
