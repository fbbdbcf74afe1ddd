using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Cli.Input;

/// <summary>Streams the alerts of Sentinel workspaces, slice by complete slice, into a consumer.</summary>
internal static class LiveAlertInput
{
    public static async Task<LiveStatistics> ReadAsync(
        LogAnalyticsClient client, IReadOnlyList<string> workspaces, CoverageWindow window, AlertQueryMode mode,
        Action<AlertRecord> consume, CancellationToken cancellationToken)
    {
        var source = new SentinelAlertSource(client);
        var range = new QueryTimeRange(window.Start!.Value, window.End!.Value);
        await foreach (var record in source.ReadAsync(workspaces, range, mode, cancellationToken))
        {
            consume(record);
        }

        return source.Statistics;
    }

    public static string Describe(LiveStatistics statistics, AlertQueryMode mode) =>
        FormattableString.Invariant($"Live:    {statistics.Workspaces.Count} workspace(s), {mode.ToString().ToLowerInvariant()} mode, {statistics.Requests} requests, {statistics.Retries} retries, {statistics.SlicesSplit} slices split, {statistics.BytesReceived:N0} bytes received");
}
