using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Ttpcov.Emulator;

/// <summary>Answers one request per sentinel-api.md §1.13, in the order the service checks: path, token, workspace, body, faults, query.</summary>
internal sealed partial class EmulatorRequestHandler(LogAnalyticsEmulator emulator)
{
    private LogAnalyticsEmulatorOptions Options => emulator.Options;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(http.RequestAborted);
        var token = request.Headers.Authorization.ToString() is { Length: > 0 } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? auth["Bearer ".Length..].Trim()
            : null;
        var (query, timespan) = ReadBody(request.ContentType, body);
        var status = await AnswerAsync(http, body, token, query, timespan);
        var headers = request.Headers.Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        emulator.Record(new RecordedRequest(request.Method, request.Path.Value ?? "", headers, request.Headers.Authorization.Count > 0,
            token == Options.Token, body, query, timespan, status));
    }

    private async Task<int> AnswerAsync(HttpContext http, string body, string? token, string? query, string? timespan)
    {
        var path = WorkspacePath().Match(http.Request.Path.Value ?? "");
        if (!path.Success || !HttpMethods.IsPost(http.Request.Method))
        {
            return await ErrorAsync(http, 404, "PathNotFoundError", $"The requested path does not exist: {http.Request.Method} {http.Request.Path}");
        }

        if (http.Request.Headers.Authorization.Count == 0)
        {
            return await ErrorAsync(http, 401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.");
        }

        if (token is not null && token == Options.WrongAudienceToken)
        {
            return await ErrorAsync(http, 403, "InvalidAuthenticationTokenAudience", "The access token has been obtained for the wrong audience or resource.");
        }

        if (token != Options.Token)
        {
            return await ErrorAsync(http, 403, "InvalidAuthenticationToken", "The access token is invalid.");
        }

        if (emulator.Workspace(Guid.Parse(path.Groups[1].Value)) is not { } workspace)
        {
            return await ErrorAsync(http, 403, "InsufficientAccessError", "The provided credentials have insufficient access to perform the requested operation");
        }

        if (!IsJson(http.Request.ContentType) || string.IsNullOrWhiteSpace(body))
        {
            return Respond(http, 200);
        }

        var fault = emulator.Faults.Next();
        if (fault is { Kind: EmulatorFaultKind.Status })
        {
            return await FaultStatusAsync(http, fault);
        }

        if (fault is { Kind: EmulatorFaultKind.Body, Text: { } answer })
        {
            return await WriteAsync(http, 200, Encoding.UTF8.GetBytes(answer), null);
        }

        if (fault is { Kind: EmulatorFaultKind.Redirect })
        {
            http.Response.Headers.Location = fault.Text;
            return await ErrorAsync(http, fault.Status, "Moved", "The resource has moved.");
        }

        if (fault is { Kind: EmulatorFaultKind.Delay } && await DelayAsync(http, fault.Delay))
        {
            return await ErrorAsync(http, 504, "GatewayTimeout", "The query ran past the time limit set by 'Prefer: wait'.");
        }

        if (workspace.IsEmpty)
        {
            return Respond(http, 204);
        }

        if (query is null)
        {
            return await ErrorAsync(http, 400, "BadArgumentError", "The request had some invalid properties", "MissingQuery", "No 'query' in the body.");
        }

        if (Options.SyntaxErrorTrigger is { } trigger && query.Contains(trigger, StringComparison.Ordinal))
        {
            return await ErrorAsync(http, 400, "BadArgumentError", "The request had some invalid properties", "SyntaxError", "A recognition error occurred in the query.");
        }

        var parsed = EmulatorQuery.Parse(query, timespan, Options.TimeProvider.GetUtcNow());
        if (parsed is null)
        {
            return await ErrorAsync(http, 400, "BadArgumentError", "The emulator answers only ttpcov:rows-v1 and ttpcov:groups-v1 queries", "SemanticError", "Unknown query marker.");
        }

        var table = AlertQueryEvaluator.Evaluate(parsed, workspace.Rows);
        var truncated = table.Rows.Count > Options.RowCap;
        var json = QueryResponseJson.Result(table, truncated ? Options.RowCap : table.Rows.Count, truncated, Options.RowCap);
        return await WriteAsync(http, 200, json, fault?.Kind);
    }

    private static (string? Query, string? Timespan) ReadBody(string? contentType, string body)
    {
        if (!IsJson(contentType) || string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return (root.TryGetProperty("query", out var q) ? q.GetString() : null, root.TryGetProperty("timespan", out var t) ? t.GetString() : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Waits; true when the request's <c>Prefer: wait</c> ran out first (answer 504).</summary>
    private static async Task<bool> DelayAsync(HttpContext http, TimeSpan delay)
    {
        var prefer = PreferWait().Match(http.Request.Headers["Prefer"].ToString());
        var wait = prefer.Success ? TimeSpan.FromSeconds(int.Parse(prefer.Groups[1].Value, CultureInfo.InvariantCulture)) : TimeSpan.FromSeconds(180);
        await Task.Delay(delay < wait ? delay : wait, http.RequestAborted);
        return wait <= delay;
    }

    private static Task<int> FaultStatusAsync(HttpContext http, EmulatorFault fault)
    {
        if (fault.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }

        var (code, message) = fault.Status switch
        {
            429 => ("TooManyRequests", "Too many requests. Retry later."),
            401 => ("AuthenticationFailed", "Authentication failed."),
            403 => ("InsufficientAccessError", "The provided credentials have insufficient access to perform the requested operation"),
            504 => ("GatewayTimeout", "The query ran past the time limit."),
            _ => ("InternalServerError", "The service failed to process the request."),
        };
        return ErrorAsync(http, fault.Status, code, message);
    }

    private static Task<int> ErrorAsync(HttpContext http, int status, string code, string message, string? innerCode = null, string? innerMessage = null) =>
        WriteAsync(http, status, QueryResponseJson.Error(code, message, innerCode, innerMessage), null);

    private static int Respond(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        http.Response.Headers["x-ms-request-id"] = Guid.NewGuid().ToString("D");
        return status;
    }

    private static async Task<int> WriteAsync(HttpContext http, int status, byte[] json, EmulatorFaultKind? fault)
    {
        Respond(http, status);
        http.Response.ContentType = "application/json; charset=utf-8";
        if (fault is EmulatorFaultKind.DropConnection or EmulatorFaultKind.TruncateBody)
        {
            if (fault == EmulatorFaultKind.TruncateBody)
            {
                http.Response.ContentLength = json.Length;
            }

            await http.Response.Body.WriteAsync(json.AsMemory(0, json.Length / 2), http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            http.Abort();
            return status;
        }

        http.Response.ContentLength = json.Length;
        await http.Response.Body.WriteAsync(json, http.RequestAborted);
        return status;
    }

    [GeneratedRegex("^/v1/workspaces/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/query$")]
    private static partial Regex WorkspacePath();

    [GeneratedRegex(@"wait\s*=\s*(\d+)")]
    private static partial Regex PreferWait();
}
