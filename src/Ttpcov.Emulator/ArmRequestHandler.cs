using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Ttpcov.Emulator;

/// <summary>
/// Answers Sentinel ARM list requests (<c>GET …/alertRules</c>, <c>GET …/alertRuleTemplates</c>) per
/// sentinel-api.md §4.9, in this order: path and method, bearer token (401), api-version (400), workspace (404),
/// faults (e.g. 429 with Retry-After), then one page of items with an absolute <c>nextLink</c>.
/// </summary>
internal sealed partial class ArmRequestHandler(LogAnalyticsEmulator emulator)
{
    private static readonly HashSet<string> StableKinds = new(["Scheduled", "Fusion", "MicrosoftSecurityIncidentCreation"], StringComparer.OrdinalIgnoreCase);

    public static bool Handles(HttpRequest request) => request.Path.StartsWithSegments("/subscriptions", StringComparison.OrdinalIgnoreCase);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var token = request.Headers.Authorization.ToString() is { Length: > 0 } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? auth["Bearer ".Length..].Trim()
            : null;
        var status = await AnswerAsync(http, token);
        var headers = request.Headers.Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        emulator.Record(new RecordedRequest(request.Method, request.Path.Value + request.QueryString.Value, headers,
            request.Headers.Authorization.Count > 0, token == emulator.Options.Token, "", null, null, status));
    }

    private async Task<int> AnswerAsync(HttpContext http, string? token)
    {
        var arm = emulator.Arm;
        var path = CollectionPath().Match(http.Request.Path.Value ?? "");
        if (!path.Success)
        {
            return await ErrorAsync(http, 404, "InvalidResourceType", $"The resource type could not be found: {http.Request.Path}");
        }

        if (!HttpMethods.IsGet(http.Request.Method))
        {
            return await ErrorAsync(http, 405, "MethodNotAllowed", $"The method {http.Request.Method} is not allowed here.");
        }

        if (token is null || token != emulator.Options.Token)
        {
            return await ErrorAsync(http, 401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing or the token is invalid.");
        }

        var version = http.Request.Query["api-version"].ToString();
        var preview = arm.PreviewVersions.Contains(version);
        if (!preview && !arm.StableVersions.Contains(version))
        {
            return await ErrorAsync(http, 400, "InvalidApiVersionParameter", $"The api-version '{version}' is invalid.");
        }

        var templates = path.Groups[4].Value.Equals("alertRuleTemplates", StringComparison.OrdinalIgnoreCase);
        if (arm.Collection(ArmEmulatorState.Key(path.Groups[1].Value, path.Groups[2].Value, path.Groups[3].Value), templates) is not { } items)
        {
            return await ErrorAsync(http, 404, "ResourceNotFound", $"The Resource 'Microsoft.OperationalInsights/workspaces/{path.Groups[3].Value}' was not found.");
        }

        if (arm.Faults.Next() is { Kind: EmulatorFaultKind.Status } fault)
        {
            if (fault.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter;
            }

            return await ErrorAsync(http, fault.Status, fault.Status == 429 ? "TooManyRequests" : "InternalServerError", "Injected fault.");
        }

        var visible = items.Where(i => preview || StableKinds.Contains(i["kind"]?.ToString() ?? "")).Select(i => Shape(i, preview)).ToList();
        var skip = int.TryParse(http.Request.Query["$skipToken"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = new JsonArray([.. visible.Skip(skip).Take(arm.PageSize)]);
        var body = new JsonObject { ["value"] = page };
        if (skip + arm.PageSize < visible.Count)
        {
            var baseUri = arm.NextLinkBase ?? emulator.Endpoint;
            body["nextLink"] = new Uri(baseUri, $"{http.Request.Path.Value!.TrimStart('/')}?api-version={version}&$skipToken={skip + arm.PageSize}").ToString();
        }

        return await WriteAsync(http, 200, body.ToJsonString());
    }

    // A copy of the item as this api-version shows it: stable versions have no subTechniques.
    private static JsonObject Shape(JsonObject item, bool preview)
    {
        var copy = (JsonObject)item.DeepClone();
        if (!preview && copy["properties"] is JsonObject props)
        {
            props.Remove("subTechniques");
        }

        return copy;
    }

    private static Task<int> ErrorAsync(HttpContext http, int status, string code, string message) =>
        WriteAsync(http, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());

    private static async Task<int> WriteAsync(HttpContext http, int status, string json)
    {
        http.Response.StatusCode = status;
        http.Response.Headers["x-ms-request-id"] = Guid.NewGuid().ToString("D");
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(json, http.RequestAborted);
        return status;
    }

    [GeneratedRegex("^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.OperationalInsights/workspaces/([^/]+)/providers/Microsoft\\.SecurityInsights/(alertRules|alertRuleTemplates)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex CollectionPath();
}
