using System.Text.Json;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>
/// The OneAPI error object <c>{"code","message","innererror"?,"details"?}</c>, reduced to what a caller acts on:
/// the top code and message and the innermost <c>innererror</c> code and message (searched through
/// <c>innererror</c> chains and <c>details[]</c>).
/// </summary>
internal sealed record ServiceError(string? Code, string? Message, string? InnerCode, string? InnerMessage, bool IsResultTooLarge)
{
    public static ServiceError? FromBody(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? From(error)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static ServiceError From(JsonElement error)
    {
        string? innerCode = null, innerMessage = null;
        var tooLarge = false;
        Visit(error, ref innerCode, ref innerMessage, ref tooLarge, depth: 0);
        return new ServiceError(Text(error, "code"), Text(error, "message"), innerCode, innerMessage, tooLarge);
    }

    private static void Visit(JsonElement node, ref string? innerCode, ref string? innerMessage, ref bool tooLarge, int depth)
    {
        if (node.ValueKind != JsonValueKind.Object || depth > 16)
        {
            return;
        }

        var code = Text(node, "code");
        var message = Text(node, "message");
        tooLarge |= code == LogAnalyticsPartialResultException.ResultTooLargeCode
            || (message?.Contains("E_QUERY_RESULT_SET_TOO_LARGE", StringComparison.Ordinal) ?? false);
        if (depth > 0 && code is not null)
        {
            innerCode = code;
            innerMessage = message;
        }

        if (node.TryGetProperty("innererror", out var inner))
        {
            Visit(inner, ref innerCode, ref innerMessage, ref tooLarge, depth + 1);
        }

        if (node.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
        {
            foreach (var detail in details.EnumerateArray())
            {
                Visit(detail, ref innerCode, ref innerMessage, ref tooLarge, depth + 1);
            }
        }
    }

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
