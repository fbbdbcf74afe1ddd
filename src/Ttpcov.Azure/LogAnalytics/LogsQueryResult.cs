namespace Ttpcov.Azure.LogAnalytics;

/// <summary>A complete answer of the query API: its tables, or none when the workspace has no data (HTTP 204).</summary>
public sealed class LogsQueryResult(IReadOnlyList<LogsTable> tables, long responseBytes, string? requestId)
{
    public IReadOnlyList<LogsTable> Tables { get; } = tables;

    /// <summary>The body bytes read for this answer (after transport decompression).</summary>
    public long ResponseBytes { get; } = responseBytes;

    /// <summary>The service's request id (<c>x-ms-request-id</c> or <c>request-id</c>), when it sent one.</summary>
    public string? RequestId { get; } = requestId;

    /// <summary>True when the service answered 204: the workspace holds no data at all.</summary>
    public bool WorkspaceHasNoData => Tables.Count == 0;

    /// <summary>The table named <c>PrimaryResult</c>, else the first table, else null.</summary>
    public LogsTable? PrimaryTable =>
        Tables.FirstOrDefault(t => t.Name == "PrimaryResult") ?? (Tables.Count > 0 ? Tables[0] : null);
}
