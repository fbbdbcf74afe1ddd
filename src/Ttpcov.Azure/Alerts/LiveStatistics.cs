using System.Collections.Concurrent;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Alerts;

/// <summary>Requests, retries, splits and bytes of a live read, per workspace queried.</summary>
public sealed class LiveStatistics
{
    private readonly ConcurrentDictionary<string, QueryStatistics> workspaces = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, QueryStatistics> Workspaces => workspaces;

    public long Requests => workspaces.Values.Sum(w => w.Requests);

    public long Retries => workspaces.Values.Sum(w => w.Retries);

    public long SlicesSplit => workspaces.Values.Sum(w => w.SlicesSplit);

    public long BytesReceived => workspaces.Values.Sum(w => w.BytesReceived);

    public QueryStatistics For(string workspaceId) => workspaces.GetOrAdd(workspaceId, _ => new QueryStatistics());

    public override string ToString() =>
        FormattableString.Invariant($"{workspaces.Count} workspace(s), {Requests} requests, {Retries} retries, {SlicesSplit} splits, {BytesReceived} bytes");
}
