using System.Net.Http.Headers;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>Turns a failed answer into a <see cref="LogAnalyticsRequestException"/> whose message says what to do.</summary>
internal static class LogAnalyticsExceptionFactory
{
    public const string RoleHint = "grant Log Analytics Reader or Microsoft Sentinel Reader on the workspace";

    public static LogAnalyticsRequestException FromStatus(
        int status, ReadOnlySpan<byte> body, string? requestId, string? clientRequestId, string workspaceId, string scope)
    {
        var error = ServiceError.FromBody(body);
        var code = error?.Code;
        var hint = (status, code) switch
        {
            (403, "InvalidAuthenticationTokenAudience") =>
                $"the token audience is wrong: the query API needs a token for scope {scope} (check --cloud)",
            (401, _) => $"the request was not authenticated: sign in (see --auth) and {RoleHint}",
            (403, _) => $"the identity may not query workspace {workspaceId}: {RoleHint} (new role assignments can take up to 60 minutes)",
            (404, _) => "the path was not found: check the endpoint and that the workspace id is the workspace GUID (customerId), not its name",
            (400, _) => "the service rejected the query",
            (429, _) => "the service kept throttling the requests; retry later or query fewer workspaces at once",
            (504, _) => "the query ran past the server time limit",
            (>= 500, _) => "the service kept failing",
            (>= 300 and < 400, _) => "the service answered with a redirect, which the client does not follow (a token never follows a redirect)",
            _ => "unexpected answer",
        };
        var detail = error is null ? "" : $" {code}: {error.Message}" + (error.InnerCode is null ? "" : $" ({error.InnerCode}: {error.InnerMessage})");
        var message = $"Log Analytics query of workspace {workspaceId} failed with HTTP {status}: {hint}.{detail}{RequestIds(requestId, clientRequestId)}";
        return new LogAnalyticsRequestException(message, status, code, error?.InnerCode, requestId, clientRequestId);
    }

    public static LogAnalyticsPartialResultException Partial(ServiceError error, string? requestId, string? clientRequestId, string workspaceId)
    {
        var what = error.IsResultTooLarge
            ? "the result exceeded the service's size limit (500,000 rows or about 64 MB) and was truncated"
            : "the service reported an error while running the query";
        var message = $"Log Analytics answered workspace {workspaceId} only partially: {what}. {error.InnerCode}: {error.InnerMessage ?? error.Message}{RequestIds(requestId, clientRequestId)}";
        return new LogAnalyticsPartialResultException(message, error.InnerCode, error.InnerMessage ?? error.Message, error.IsResultTooLarge, requestId, clientRequestId);
    }

    public static LogAnalyticsRequestException Network(Exception exception, string workspaceId, string? clientRequestId, int attempts) =>
        new($"Log Analytics query of workspace {workspaceId} failed after {attempts} attempt(s): {exception.GetType().Name}: {exception.Message}{RequestIds(null, clientRequestId)}",
            0, "NetworkError", null, null, clientRequestId, exception);

    public static LogAnalyticsRequestException Invalid(string what, int status, string? requestId, string? clientRequestId, string workspaceId, Exception? inner = null) =>
        new($"Log Analytics query of workspace {workspaceId}: {what}{RequestIds(requestId, clientRequestId)}", status, "InvalidResponse", null, requestId, clientRequestId, inner);

    public static string? RequestId(HttpResponseHeaders headers) =>
        headers.TryGetValues("x-ms-request-id", out var values) || headers.TryGetValues("request-id", out values)
            ? values.FirstOrDefault()
            : null;

    private static string RequestIds(string? requestId, string? clientRequestId) =>
        (requestId, clientRequestId) switch
        {
            (not null, not null) => $" (request id {requestId}, client request id {clientRequestId})",
            (not null, null) => $" (request id {requestId})",
            (null, not null) => $" (client request id {clientRequestId})",
            _ => "",
        };
}
