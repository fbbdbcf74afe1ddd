namespace Ttpcov.Azure.LogAnalytics;

/// <summary>
/// A query the service did not answer completely: it carries the HTTP status (0 when no response arrived), the
/// service error code (<c>error.code</c>), the innermost error code, and the request ids. Never a token.
/// </summary>
public class LogAnalyticsRequestException : Exception
{
    public LogAnalyticsRequestException(string message)
        : base(message)
    {
    }

    public LogAnalyticsRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LogAnalyticsRequestException()
    {
    }

    public LogAnalyticsRequestException(
        string message, int status, string? errorCode, string? innerErrorCode, string? requestId, string? clientRequestId, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        InnerErrorCode = innerErrorCode;
        RequestId = requestId;
        ClientRequestId = clientRequestId;
    }

    /// <summary>The HTTP status, or 0 when the request failed before a response (network error, client timeout).</summary>
    public int Status { get; }

    /// <summary>The service's <c>error.code</c>, e.g. <c>InsufficientAccessError</c> or <c>PartialError</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The innermost <c>innererror.code</c>, e.g. <c>SEM0100</c> or <c>-2133196797</c>.</summary>
    public string? InnerErrorCode { get; }

    /// <summary>The service's request id (<c>x-ms-request-id</c> / <c>request-id</c>).</summary>
    public string? RequestId { get; }

    /// <summary>The <c>x-ms-client-request-id</c> this client sent on the last attempt.</summary>
    public string? ClientRequestId { get; }
}
