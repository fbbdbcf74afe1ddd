using System.Globalization;
using System.Text;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Alerts;

/// <summary>
/// The KQL ttpcov runs, in two forms. The API form names its window and slice with explicit <c>datetime()</c>
/// values in <c>let</c> statements: alerts are deduplicated over the whole window (latest row per
/// <c>SystemAlertId</c>; rows without an id count once each), then the deduplicated rows whose
/// <c>TimeGenerated</c> lies in the slice are kept, so slices never count an alert twice. The portal form
/// (<c>let Lookback = 90d; ... ago(Lookback)</c>) pastes into the Logs blade as-is. The first line is a marker
/// comment (<see cref="RowsMarker"/>, <see cref="GroupsMarker"/>) that audit logs and the emulator key on.
/// </summary>
public static class AlertQueryBuilder
{
    public const string RowsMarker = "// ttpcov:rows-v1";
    public const string GroupsMarker = "// ttpcov:groups-v1";

    private const string Deduplicate = """
        | extend AlertKey = iff(isempty(SystemAlertId), tostring(new_guid()), SystemAlertId)
        | summarize arg_max(TimeGenerated, *) by AlertKey
        """;

    private const string Derive = """
        | extend EP = todynamic(ExtendedProperties)
        | extend EPKeys = bag_keys(EP)
        | mv-apply k = iff(array_length(EPKeys) > 0, EPKeys, dynamic([""])) to typeof(string) on (
            where k contains "echnique"
            | summarize EPBag = make_bag(pack(k, EP[k])))
        | extend EPTechniques = tostring(EPBag),
                 SubTechniques = column_ifexists("SubTechniques", ""),
                 RuleId = coalesce(tostring(todynamic(tostring(EP["Analytic Rule Ids"]))[0]),
                                   iff(ProductName == "Azure Sentinel", tostring(split(AlertType, "_")[1]), ""))
        """;

    private const string RowsTail = """
        | project SystemAlertId, TimeGenerated, StartTime, AlertName, AlertType, AlertSeverity, ProductName, ProviderName,
                  Tactics, Techniques, SubTechniques, EPTechniques, RuleId, TenantId
        """;

    private const string GroupsTail = """
        | summarize AlertCount = count(), FirstSeen = min(StartTime), LastSeen = max(TimeGenerated)
            by Techniques, SubTechniques, EPTechniques, AlertName, ProductName, RuleId, TenantId
        """;

    public static string Marker(AlertQueryMode mode) => mode == AlertQueryMode.Rows ? RowsMarker : GroupsMarker;

    /// <summary>The query sent to the API for one slice of a window; send <see cref="QueryTimeRange.ToTimespan"/> of the whole window with it.</summary>
    public static string ForApi(AlertQueryMode mode, QueryTimeRange window, QueryTimeRange slice)
    {
        if (slice.Start < window.Start || slice.End > window.End)
        {
            throw new ArgumentException($"The slice {slice} lies outside the window {window}.", nameof(slice));
        }

        var text = new StringBuilder();
        text.Append(Marker(mode)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"let WindowStart = datetime({QueryTimeRange.Format(window.Start)});\n");
        text.Append(CultureInfo.InvariantCulture, $"let WindowEnd = datetime({QueryTimeRange.Format(window.End)});\n");
        text.Append(CultureInfo.InvariantCulture, $"let SliceStart = datetime({QueryTimeRange.Format(slice.Start)});\n");
        text.Append(CultureInfo.InvariantCulture, $"let SliceEnd = datetime({QueryTimeRange.Format(slice.End)});\n");
        text.Append("SecurityAlert\n| where TimeGenerated > WindowStart and TimeGenerated <= WindowEnd\n");
        text.Append(Deduplicate).Append('\n');
        text.Append("| where TimeGenerated > SliceStart and TimeGenerated <= SliceEnd\n");
        return Finish(text, mode);
    }

    /// <summary>The query for the portal's Logs blade, covering the last <paramref name="lookback"/>.</summary>
    public static string ForPortal(AlertQueryMode mode, TimeSpan lookback)
    {
        var text = new StringBuilder();
        text.Append(Marker(mode)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"let Lookback = {KqlTimespan(lookback)};\n");
        text.Append("SecurityAlert\n| where TimeGenerated > ago(Lookback)\n");
        text.Append(Deduplicate).Append('\n');
        return Finish(text, mode);
    }

    /// <summary>A KQL timespan literal: <c>90d</c>, <c>12h</c>, <c>30m</c>, <c>45s</c>, else <c>time(d.hh:mm:ss)</c>.</summary>
    public static string KqlTimespan(TimeSpan value) => value switch
    {
        { Ticks: <= 0 } => throw new ArgumentOutOfRangeException(nameof(value), value, "The lookback must be positive."),
        _ when value.Ticks % TimeSpan.TicksPerDay == 0 => FormattableString.Invariant($"{value.Ticks / TimeSpan.TicksPerDay}d"),
        _ when value.Ticks % TimeSpan.TicksPerHour == 0 => FormattableString.Invariant($"{value.Ticks / TimeSpan.TicksPerHour}h"),
        _ when value.Ticks % TimeSpan.TicksPerMinute == 0 => FormattableString.Invariant($"{value.Ticks / TimeSpan.TicksPerMinute}m"),
        _ when value.Ticks % TimeSpan.TicksPerSecond == 0 => FormattableString.Invariant($"{value.Ticks / TimeSpan.TicksPerSecond}s"),
        _ => $"time({value.ToString("c", CultureInfo.InvariantCulture)})",
    };

    private static string Finish(StringBuilder text, AlertQueryMode mode)
    {
        text.Append(Derive).Append('\n');
        text.Append(mode == AlertQueryMode.Rows ? RowsTail : GroupsTail).Append('\n');
        return text.ToString().ReplaceLineEndings("\n");
    }
}
