using System.Globalization;

namespace Ttpcov.Azure.Tests;

/// <summary>
/// SecurityAlert rows from a few realistic rules: about 1.5 rows per alert (every other alert gets a later
/// status-update row with the same SystemAlertId), Sentinel rules with Analytic Rule Ids and rule KQL in
/// ExtendedProperties["Query"], Defender alerts with technique keys in ExtendedProperties.
/// </summary>
internal static class SyntheticAlerts
{
    private static readonly (string Name, string Product, string Provider, string Techniques, string SubTechniques, string Extended)[] Rules =
    [
        ("Mass download by departing employee", "Azure Sentinel", "ASI Scheduled Alerts", "[\"T1530\",\"T1567\"]", "[\"T1567.002\"]",
            "{\"Analytic Rule Ids\":\"[\\\"0c0ffee0-2222-4b4b-8c8c-abcdefabcdef\\\"]\",\"Query\":\"// T9999 in a comment\\nOfficeActivity | take 1\",\"Query Period\":\"1.00:00:00\"}"),
        ("Mailbox forwarding rule to external domain", "Azure Sentinel", "ASI Scheduled Alerts", "[\"T1114\"]", "[\"T1114.003\"]",
            "{\"Analytic Rule Ids\":\"[\\\"1d2e3f40-3333-4c4c-9d9d-bcdefabcdef0\\\"]\",\"Query\":\"OfficeActivity | where Operation == 'New-InboxRule' // T1098\"}"),
        ("Suspicious archive creation before USB copy", "Microsoft Defender Advanced Threat Protection", "MDATP", "[\"T1560\",\"T1560.001\",\"T1052\"]", "",
            "{\"MicrosoftDefenderAtpAlertCategory\":\"Collection\"}"),
        ("WMI reconnaissance", "Microsoft Defender Advanced Threat Protection", "MDATP", "", "",
            "{\"MitreTechniques\":\"T1047;T1082\",\"Category\":\"Discovery\"}"),
        ("Unusual volume of file deletion", "Microsoft Cloud App Security", "MCAS", "[\"T1485\"]", "", "{}"),
        ("Insider risk: data leak", "Microsoft 365 Insider Risk Management", "IRM", "Collection, Exfiltration", "", ""),
    ];

    public static List<Dictionary<string, string?>> Generate(int alerts, DateTimeOffset start, TimeSpan span, string tenantId, int seed = 7)
    {
        var random = new Random(seed);
        var rows = new List<Dictionary<string, string?>>(alerts * 3 / 2 + 1);
        var sentinelType = tenantId + "_";
        for (var i = 0; i < alerts; i++)
        {
            var rule = Rules[random.Next(Rules.Length)];
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var id = new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
            var time = start + TimeSpan.FromTicks((long)(random.NextDouble() * span.Ticks));
            var alertType = rule.Product == "Azure Sentinel" ? sentinelType + RuleGuid(rule.Extended) : "WindowsDefenderAtp";
            rows.Add(Row(id, time, time.AddMinutes(-30), rule, alertType, tenantId));
            if (i % 2 == 1)
            {
                rows.Add(Row(id, time.AddMinutes(random.Next(1, 600)), time.AddMinutes(-30), rule, alertType, tenantId));
            }
        }

        return rows;
    }

    public static Dictionary<string, string?> Row(string? id, DateTimeOffset time, DateTimeOffset start,
        (string Name, string Product, string Provider, string Techniques, string SubTechniques, string Extended) rule, string alertType, string tenantId) =>
        new()
        {
            ["SystemAlertId"] = id,
            ["TimeGenerated"] = Format(time),
            ["StartTime"] = Format(start),
            ["AlertName"] = rule.Name,
            ["AlertSeverity"] = "Medium",
            ["AlertType"] = alertType,
            ["ProductName"] = rule.Product,
            ["ProviderName"] = rule.Provider,
            ["Tactics"] = "Collection, Exfiltration",
            ["Techniques"] = rule.Techniques,
            ["SubTechniques"] = rule.SubTechniques,
            ["ExtendedProperties"] = rule.Extended,
            ["TenantId"] = tenantId,
        };

    public static Dictionary<string, string?> Simple(string? id, DateTimeOffset time, string techniques, string tenantId, string name = "Test alert") =>
        Row(id, time, time.AddMinutes(-5), (name, "Microsoft Cloud App Security", "MCAS", techniques, "", "{}"), "MCAS_Alert", tenantId);

    /// <summary>The number of distinct alerts whose latest row lies in (start, end]: what a correct reader must weigh.</summary>
    public static int DeduplicatedCount(IEnumerable<Dictionary<string, string?>> rows, DateTimeOffset start, DateTimeOffset end)
    {
        var inWindow = rows.Where(r => DateTimeOffset.Parse(r["TimeGenerated"]!, CultureInfo.InvariantCulture) is var t && t > start && t <= end).ToList();
        return inWindow.Where(r => !string.IsNullOrEmpty(r["SystemAlertId"])).Select(r => r["SystemAlertId"]).Distinct().Count()
            + inWindow.Count(r => string.IsNullOrEmpty(r["SystemAlertId"]));
    }

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string RuleGuid(string extended) => extended.Split("[\\\"")[1].Split("\\\"]")[0];
}
