using System.Globalization;
using Ttpcov.Core.Alerts;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Alerts;

/// <summary>
/// Turns the rows of a live answer into <see cref="AlertRecord"/>s. A rows-mode row is one alert (weight 1);
/// a groups-mode row is one record with weight <c>AlertCount</c>, <c>TimeGenerated</c> = <c>LastSeen</c>,
/// <c>StartTime</c> = <c>FirstSeen</c>. Both keep the raw technique strings and pass <c>EPTechniques</c> as the
/// record's ExtendedProperties, so the core's extraction reads the same text in both modes.
/// </summary>
internal static class AlertTableReader
{
    public static IEnumerable<AlertRecord> Read(LogsTable table, string workspaceId, Func<long> nextLine)
    {
        var fields = new AlertField[table.Columns.Count];
        int weight = -1, firstSeen = -1, lastSeen = -1;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var name = table.Columns[i].Name;
            fields[i] = name switch
            {
                "EPTechniques" => AlertField.ExtendedProperties,
                "RuleId" => AlertField.RuleId,
                _ => AlertColumns.Lookup(name),
            };
            weight = name == "AlertCount" ? i : weight;
            firstSeen = name == "FirstSeen" ? i : firstSeen;
            lastSeen = name == "LastSeen" ? i : lastSeen;
        }

        var source = "workspace " + workspaceId;
        foreach (var row in table.Rows)
        {
            var record = new AlertRecord { Location = new RecordLocation(source, nextLine()) };
            for (var i = 0; i < fields.Length; i++)
            {
                record.Set(fields[i], row[i]);
            }

            if (firstSeen >= 0)
            {
                record.StartTime = row[firstSeen];
            }

            if (lastSeen >= 0)
            {
                record.TimeGenerated = row[lastSeen];
            }

            if (weight >= 0)
            {
                record.Weight = long.TryParse(row[weight] ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 0
                    ? count
                    : throw new LogAnalyticsRequestException(
                        $"Log Analytics answered workspace {workspaceId} with AlertCount '{row[weight]}', not a count: the answer is not a ttpcov groups result",
                        200, "InvalidResponse", null, null, null);
            }

            if (string.IsNullOrEmpty(record.Workspace))
            {
                record.Workspace = workspaceId;
            }

            yield return record;
        }
    }
}
