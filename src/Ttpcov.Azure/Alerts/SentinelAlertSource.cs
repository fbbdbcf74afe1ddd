using System.Runtime.CompilerServices;
using Ttpcov.Core.Alerts;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Alerts;

/// <summary>
/// Reads deduplicated SecurityAlert records from one or more workspaces over a window, slice by slice. A slice
/// whose answer was truncated (<c>E_QUERY_RESULT_SET_TOO_LARGE</c>) is discarded and split in halves, down to
/// <see cref="SentinelAlertSourceOptions.MinimumSliceLength"/>; a slice that timed out (504) is split once.
/// Records of a slice are yielded only after its complete answer arrived, and an alert is attributed to the
/// slice that holds its latest row, so the slices add up to exactly the whole window.
/// </summary>
public sealed class SentinelAlertSource(LogAnalyticsClient client, SentinelAlertSourceOptions? options = null)
{
    private readonly SentinelAlertSourceOptions settings = options ?? new SentinelAlertSourceOptions();

    public LiveStatistics Statistics { get; } = new();

    public async IAsyncEnumerable<AlertRecord> ReadAsync(
        IReadOnlyList<string> workspaceIds,
        QueryTimeRange window,
        AlertQueryMode mode,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var id in workspaceIds.Where(id => !Guid.TryParse(id, out _)))
        {
            throw new ArgumentException($"'{id}' is not a workspace GUID (the workspace's customerId).", nameof(workspaceIds));
        }

        foreach (var workspaceId in workspaceIds)
        {
            var statistics = Statistics.For(workspaceId);
            var pending = new Stack<PendingSlice>(InitialSlices(window).Reverse().Select(s => new PendingSlice(s, SplitAfterTimeout: false)));
            long line = 0;
            while (pending.TryPop(out var slice))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await QuerySliceAsync(workspaceId, window, slice, mode, statistics, pending, cancellationToken);
                if (result?.PrimaryTable is not { } table)
                {
                    continue;
                }

                foreach (var record in AlertTableReader.Read(table, workspaceId, () => ++line))
                {
                    yield return record;
                }
            }
        }
    }

    private IEnumerable<QueryTimeRange> InitialSlices(QueryTimeRange window)
    {
        if (settings.InitialSliceLength is not { Ticks: > 0 } length)
        {
            yield return window;
            yield break;
        }

        for (var start = window.Start; start < window.End; start += length)
        {
            var end = start + length < window.End ? start + length : window.End;
            yield return new QueryTimeRange(start, end);
        }
    }

    /// <summary>The complete answer for the slice, or null when the slice was split (its halves pushed) or the workspace is empty.</summary>
    private async Task<LogsQueryResult?> QuerySliceAsync(
        string workspaceId, QueryTimeRange window, PendingSlice slice, AlertQueryMode mode, QueryStatistics statistics,
        Stack<PendingSlice> pending, CancellationToken cancellationToken)
    {
        var query = AlertQueryBuilder.ForApi(mode, window, slice.Range);
        try
        {
            var result = await client.QueryAsync(workspaceId, query, window.ToTimespan(), statistics, cancellationToken);
            statistics.AddCompletedSlice();
            return result;
        }
        catch (LogAnalyticsPartialResultException ex) when (ex.IsResultTooLarge)
        {
            if (!CanSplit(slice.Range))
            {
                throw new IncompleteSliceException(workspaceId, slice.Range,
                    $"the answer is too large even for a slice of {slice.Range.Duration} (the minimum is {settings.MinimumSliceLength}); use --mode groups or a shorter minimum slice", ex);
            }

            Split(slice, slice.SplitAfterTimeout, pending, statistics);
            return null;
        }
        catch (LogAnalyticsPartialResultException ex)
        {
            throw new IncompleteSliceException(workspaceId, slice.Range, "the service reported a partial failure that splitting does not heal", ex);
        }
        catch (LogAnalyticsRequestException ex) when (ex.Status == 504)
        {
            if (slice.SplitAfterTimeout || !CanSplit(slice.Range))
            {
                throw new IncompleteSliceException(workspaceId, slice.Range, "the query timed out on the server even after the slice was split", ex);
            }

            Split(slice, splitAfterTimeout: true, pending, statistics);
            return null;
        }
    }

    private bool CanSplit(QueryTimeRange range) => range.Duration > settings.MinimumSliceLength;

    private static void Split(PendingSlice slice, bool splitAfterTimeout, Stack<PendingSlice> pending, QueryStatistics statistics)
    {
        var (first, second) = slice.Range.Halve();
        pending.Push(new PendingSlice(second, splitAfterTimeout));
        pending.Push(new PendingSlice(first, splitAfterTimeout));
        statistics.AddSplit();
    }

    private readonly record struct PendingSlice(QueryTimeRange Range, bool SplitAfterTimeout);
}
