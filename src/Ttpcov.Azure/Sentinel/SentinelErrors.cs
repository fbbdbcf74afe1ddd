using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Sentinel;

/// <summary>Turns a failed ARM answer into a <see cref="SentinelRequestException"/> whose message says what to do.</summary>
internal static class SentinelErrors
{
    public const string RoleHint = "grant Microsoft Sentinel Reader (or Reader) on the workspace or its resource group";

    public static SentinelRequestException FromStatus(int status, byte[] body, string? requestId, SentinelWorkspace workspace, string collection)
    {
        var error = ServiceError.FromBody(body);
        var hint = status switch
        {
            401 => $"the request was not authenticated: sign in (see --auth) with a token for Azure Resource Manager, and {RoleHint}",
            403 => $"the identity may not read Sentinel rules: {RoleHint}",
            404 => "not found: check --subscription, --resource-group and --workspace-name (the workspace name, not its GUID), and that Microsoft Sentinel is enabled on it",
            400 when error?.Code is "InvalidApiVersionParameter" or "NoRegisteredProviderFound" => "the api-version was refused",
            400 => "the request was rejected",
            429 => "ARM kept throttling the requests; retry later",
            >= 500 => "the service kept failing",
            >= 300 and < 400 => "the service answered with a redirect, which the client does not follow (a token never follows a redirect)",
            _ => "unexpected answer",
        };
        var detail = error is null ? "" : $" {error.Code}: {error.Message}";
        var id = requestId is null ? "" : $" (request id {requestId})";
        return new SentinelRequestException($"Sentinel {collection} of workspace {workspace} failed with HTTP {status}: {hint}.{detail}{id}", status, error?.Code, requestId);
    }
}
