namespace Ttpcov.Azure.Sentinel;

/// <summary>A Sentinel ARM call that failed: HTTP status (0 without a response), the CloudError code and the request id. Never a token.</summary>
public sealed class SentinelRequestException : Exception
{
    public SentinelRequestException()
    {
    }

    public SentinelRequestException(string message)
        : base(message)
    {
    }

    public SentinelRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SentinelRequestException(string message, int status, string? errorCode, string? requestId, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        RequestId = requestId;
    }

    public int Status { get; }

    public string? ErrorCode { get; }

    public string? RequestId { get; }
}
