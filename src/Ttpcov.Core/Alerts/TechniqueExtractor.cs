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
        var scan = new ExtendedPropertiesScan();
        scan.Run(record.ExtendedProperties, wantRuleIds: false);
        return Extract(record, scan);
    }

    /// <summary>Extracts with ExtendedProperties already scanned (the accumulator scans once for techniques and rule IDs).</summary>
    internal static ExtractedTechniques Extract(AlertRecord record, ExtendedPropertiesScan scan)
    {
        var ids = new SortedSet<TechniqueId>();
        var unrecognised = new SortedSet<string>(StringComparer.Ordinal);
        TechniqueTokens.Collect(record.Techniques, ids, unrecognised);
        TechniqueTokens.Collect(record.SubTechniques, ids, unrecognised);
        var unreadable = scan.MentionsTechniques && !scan.Readable;
        if (scan.MentionsTechniques && scan.Readable)
        {
            TechniqueTokens.CollectValues(scan.TechniqueValues, ids, unrecognised);
        }

        var tactics = Tactic.ParseList(record.Tactics);
        return ids.Count == 0 && unrecognised.Count == 0 && tactics.Count == 0 && !unreadable
            ? ExtractedTechniques.Empty
            : new ExtractedTechniques([.. ids], [.. unrecognised], tactics, unreadable);
    }
}
