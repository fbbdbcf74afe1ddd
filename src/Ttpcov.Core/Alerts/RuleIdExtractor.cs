namespace Ttpcov.Core.Alerts;

/// <summary>
/// Finds the analytic rule behind an alert: the record's own RuleId (REST entities, the live query), else the first
/// element of <c>ExtendedProperties["Analytic Rule Ids"]</c> (a JSON array inside a string), else, for alerts of
/// Microsoft Sentinel itself, the part of <c>AlertType</c> after <c>_</c> (<c>{workspace}_{rule}</c>).
/// </summary>
public static class RuleIdExtractor
{
    private const string RuleIdsKey = "Analytic Rule Ids";

    public static string? Extract(AlertRecord record) => Extract(record, null);

    /// <summary>Extracts with ExtendedProperties already scanned for rule IDs, or scans it here when <paramref name="scan"/> is null.</summary>
    internal static string? Extract(AlertRecord record, ExtendedPropertiesScan? scan)
    {
        if (!string.IsNullOrWhiteSpace(record.RuleId))
        {
            return FirstOfList(record.RuleId);
        }

        if (record.ExtendedProperties is { } ep && ep.Contains(RuleIdsKey, StringComparison.Ordinal) && FromExtendedProperties(ep, scan) is { } fromEp)
        {
            return fromEp;
        }

        var isSentinel = record.ProductName is { } product
            && (product.Contains("Sentinel", StringComparison.OrdinalIgnoreCase) || product.Equals("ASI Scheduled Alerts", StringComparison.Ordinal));
        if (isSentinel && record.AlertType is { } type && type.IndexOf('_') is var underscore and > 0 && underscore < type.Length - 1)
        {
            return type[(underscore + 1)..].Trim();
        }

        return null;
    }

    private static string? FromExtendedProperties(string json, ExtendedPropertiesScan? scan)
    {
        if (scan is null)
        {
            scan = new ExtendedPropertiesScan();
            scan.Run(json, wantRuleIds: true);
        }

        return FirstOfList(scan.RuleIds);
    }

    private static string? FirstOfList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var first = text.Split([',', '[', ']', '"', ' ', '\\'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrWhiteSpace(first) ? null : first.Trim();
    }
}
