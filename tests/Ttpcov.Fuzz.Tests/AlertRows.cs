using Ttpcov.Core.Alerts;
using Ttpcov.Core.Formats;
using Ttpcov.TestSupport;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// SecurityAlert rows to build seed exports from: the first rows of the real SecRL and msticpy samples when
/// <c>../shared/</c> is present, and always a few synthetic rows with the same quirks, so the fuzz pass runs on any clone.
/// </summary>
public static class AlertRows
{
    public static readonly string[] Columns =
    [
        "SystemAlertId", "TimeGenerated", "StartTime", "AlertName", "ProductName", "ProviderName", "AlertType",
        "AlertSeverity", "Tactics", "Techniques", "SubTechniques", "ExtendedProperties", "TenantId",
    ];

    private static readonly AlertField[] Fields = Columns.Select(AlertColumns.Lookup).ToArray();

    public static IReadOnlyList<IReadOnlyList<string?>> Synthetic { get; } =
    [
        ["a-1", "2024-07-04T22:35:00.746663Z", "2024-07-04T22:30:00Z", "Mass download\u200B", "Azure Sentinel", "ASI Scheduled Alerts", "tenant_rule",
            "High", "Exfiltration, Collection", "[\"T1530\",\"T1567\"]", "[\"T1567.002\"]",
            "{\"Analytic Rule Ids\":\"[\\\"0c0ffee0-2222-4b4b-8c8c-abcdefabcdef\\\"]\",\"MitreTechniques\":\"T1047;T1082;T1497.001\"}", "ws-1"],
        ["a-1", "2024-07-05T01:00:00Z", "2024-07-04T22:30:00Z", "Mass download\u200B", "Azure Sentinel", "ASI Scheduled Alerts", "tenant_rule",
            "High", "Exfiltration", "[\"T1530\"]", "", "{}", "ws-1"],
        ["b-2", "2024-07-06 10:00:00.5+00:00", "", "Name with, comma; semicolon\ttab|pipe \u2756 and \"quotes\"", "MDATP", "MDATP", "WindowsDefenderAtp",
            "Medium", "Unknown", "", "", "{\"Category\":\"multi\nline\"}", "ws-1"],
        ["c-3", "2024-07-07T00:00:00Z", null, "Line one\r\nline two", "MCAS", "MCAS", "MCAS_Alert", "Low", "", "T1485", null, null, "ws-2"],
        ["d-4", "2024-07-08T00:00:00Z", "2024-07-08T00:00:00Z", "=cmd|' /C calc'!A0", "IRM", "IRM", "IRM", "Informational", "Collection",
            "[\"T1560\", \"t1560.001\", \"N.A.\"]", "[\"T1052.001\"]", "{\"techniques\":[\"T1110\",{\"x\":1}]}", "ws-2"],
    ];

    /// <summary>The synthetic rows plus, when the samples are present, the first rows of the real exports.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> All { get; } = [.. Synthetic, .. Real("alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv", 12),
        .. Real("alerts/microsoft__msticpy/tests/testdata/azmondata/az_mon_raw_query.json", 3)];

    public static IReadOnlyList<string?> FromRecord(AlertRecord record) => Fields.Select(record.Get).ToArray();

    private static IEnumerable<IReadOnlyList<string?>> Real(string sample, int count)
    {
        if (SamplePath(sample) is not { } path)
        {
            return [];
        }

        using var stream = File.OpenRead(path);
        return AlertFileReader.Read(stream, Path.GetFileName(path)).Take(count).Select(FromRecord).ToList();
    }

    /// <summary>The path of a sample under shared/samples, or null when this clone has none.</summary>
    public static string? SamplePath(string relative) =>
        SharedData.Root is { } root && Path.Combine(root, "samples", relative) is var path && File.Exists(path) ? path : null;
}
