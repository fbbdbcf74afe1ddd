namespace Ttpcov.Emulator;

/// <summary>
/// The rows and groups queries computed in C#: filter window ∩ timespan, keep the latest row per
/// SystemAlertId (rows without an id each stand alone), keep the alerts whose latest row lies in the slice,
/// then project one row per alert or summarise per (Techniques, SubTechniques, EPTechniques, AlertName,
/// ProductName, RuleId, TenantId).
/// </summary>
internal static class AlertQueryEvaluator
{
    private static readonly (string, string)[] RowColumns =
    [
        ("SystemAlertId", "string"), ("TimeGenerated", "datetime"), ("StartTime", "datetime"), ("AlertName", "string"),
        ("AlertType", "string"), ("AlertSeverity", "string"), ("ProductName", "string"), ("ProviderName", "string"),
        ("Tactics", "string"), ("Techniques", "string"), ("SubTechniques", "string"), ("EPTechniques", "string"),
        ("RuleId", "string"), ("TenantId", "string"),
    ];

    private static readonly (string, string)[] GroupColumns =
    [
        ("Techniques", "string"), ("SubTechniques", "string"), ("EPTechniques", "string"), ("AlertName", "string"),
        ("ProductName", "string"), ("RuleId", "string"), ("TenantId", "string"),
        ("AlertCount", "long"), ("FirstSeen", "datetime"), ("LastSeen", "datetime"),
    ];

    public static EmulatorTable Evaluate(EmulatorQuery query, IReadOnlyList<EmulatorAlertRow> rows)
    {
        var alerts = Deduplicate(query, rows).Where(r => query.InSlice(r.TimeGenerated!.Value)).ToList();
        return query.Groups ? Group(alerts) : Project(alerts);
    }

    private static IEnumerable<EmulatorAlertRow> Deduplicate(EmulatorQuery query, IReadOnlyList<EmulatorAlertRow> rows)
    {
        var latest = new Dictionary<string, EmulatorAlertRow>(StringComparer.Ordinal);
        var order = new List<EmulatorAlertRow>();
        foreach (var row in rows)
        {
            if (row.TimeGenerated is not { } time || !query.InWindow(time))
            {
                continue;
            }

            if (row.SystemAlertId.Length == 0)
            {
                order.Add(row);
            }
            else if (!latest.TryGetValue(row.SystemAlertId, out var seen) || time > seen.TimeGenerated)
            {
                latest[row.SystemAlertId] = row;
            }
        }

        return latest.Values.Concat(order);
    }

    private static EmulatorTable Project(List<EmulatorAlertRow> alerts) =>
        new(RowColumns, alerts.Select(a => new object?[]
        {
            a.SystemAlertId, a.TimeGenerated, a.StartTime, a.AlertName, a.AlertType, a.AlertSeverity, a.ProductName,
            a.ProviderName, a.Tactics, a.Techniques, a.SubTechniques, a.EPTechniques, a.RuleId, a.TenantId,
        }).ToList());

    private static EmulatorTable Group(List<EmulatorAlertRow> alerts)
    {
        var groups = new Dictionary<(string, string, string, string, string, string, string), GroupTotals>();
        foreach (var a in alerts)
        {
            var key = (a.Techniques, a.SubTechniques, a.EPTechniques, a.AlertName, a.ProductName, a.RuleId, a.TenantId);
            if (!groups.TryGetValue(key, out var totals))
            {
                groups[key] = totals = new GroupTotals();
            }

            totals.Count++;
            totals.FirstSeen = a.StartTime is { } s && (totals.FirstSeen is null || s < totals.FirstSeen) ? s : totals.FirstSeen;
            totals.LastSeen = totals.LastSeen is null || a.TimeGenerated > totals.LastSeen ? a.TimeGenerated : totals.LastSeen;
        }

        return new EmulatorTable(GroupColumns, groups.Select(g => new object?[]
        {
            g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4, g.Key.Item5, g.Key.Item6, g.Key.Item7,
            g.Value.Count, g.Value.FirstSeen, g.Value.LastSeen,
        }).ToList());
    }

    private sealed class GroupTotals
    {
        public long Count { get; set; }

        public DateTimeOffset? FirstSeen { get; set; }

        public DateTimeOffset? LastSeen { get; set; }
    }
}
