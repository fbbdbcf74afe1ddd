using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Alerts;

/// <summary>
/// A time slice the service would not answer completely even after splitting: reading on would undercount,
/// so the read stops. <see cref="Exception.InnerException"/> holds the last answer's error.
/// </summary>
public sealed class IncompleteSliceException : Exception
{
    public IncompleteSliceException(string workspaceId, QueryTimeRange slice, string reason, LogAnalyticsRequestException innerException)
        : base($"Workspace {workspaceId}: alerts in {slice} could not be read completely: {reason}. {innerException.Message}", innerException)
    {
        WorkspaceId = workspaceId;
        Slice = slice;
    }

    public IncompleteSliceException()
    {
    }

    public IncompleteSliceException(string message)
        : base(message)
    {
    }

    public IncompleteSliceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string WorkspaceId { get; } = "";

    public QueryTimeRange? Slice { get; }
}
