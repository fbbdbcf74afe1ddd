namespace Ttpcov.Azure.LogAnalytics;

/// <summary>
/// HTTP 200 with a top-level <c>error</c> (<c>PartialError</c>): the tables are incomplete and were discarded.
/// <see cref="IsResultTooLarge"/> says whether the cause was the result size limit, which splitting the time
/// range heals.
/// </summary>
public sealed class LogAnalyticsPartialResultException : LogAnalyticsRequestException
{
    public const string ResultTooLargeCode = "-2133196797";

    public LogAnalyticsPartialResultException(
        string message, string? innerErrorCode, string? innerErrorMessage, bool isResultTooLarge, string? requestId, string? clientRequestId)
        : base(message, 200, "PartialError", innerErrorCode, requestId, clientRequestId)
    {
        InnerErrorMessage = innerErrorMessage;
        IsResultTooLarge = isResultTooLarge;
    }

    public LogAnalyticsPartialResultException()
    {
    }

    public LogAnalyticsPartialResultException(string message)
        : base(message)
    {
    }

    public LogAnalyticsPartialResultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? InnerErrorMessage { get; }

    /// <summary>True for <c>E_QUERY_RESULT_SET_TOO_LARGE</c> (code -2133196797): 500,000 rows or about 64 MB.</summary>
    public bool IsResultTooLarge { get; }
}
