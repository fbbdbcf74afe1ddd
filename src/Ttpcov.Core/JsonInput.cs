using System.Text.Json;
using System.Text.Unicode;

namespace Ttpcov.Core;

/// <summary>Reads one named JSON input: parses it and fetches required members with errors that name the input.</summary>
internal sealed record JsonInput(string Name)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Parses the whole input. Every string in it must be valid Unicode (no invalid UTF-8, no lone surrogate escape):
    /// <see cref="JsonDocument"/> checks that only when a string is read, which would fail far from the input's name.
    /// </summary>
    public JsonDocument Parse(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Parse(memory.GetBuffer().AsMemory(0, (int)memory.Length));
    }

    public async Task<JsonDocument> ParseAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken);
        return Parse(memory.GetBuffer().AsMemory(0, (int)memory.Length));
    }

    private JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            RequireValidStrings(utf8.Span);
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw Fail($"not valid JSON: {(cut > 0 ? message[..cut] : message)}", Position(e), e);
        }
    }

    private void RequireValidStrings(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && (reader.ValueIsEscaped || !Utf8.IsValid(reader.ValueSpan)))
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException e)
                {
                    throw Fail("holds a string that is not valid UTF-8 (or a lone surrogate escape)", $"byte {reader.TokenStartIndex}", e);
                }
            }
        }
    }

    public JsonElement Object(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw Fail($"'{property}' is missing or not an object");

    public JsonElement Array(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : throw Fail($"'{property}' is missing or not an array");

    public string String(JsonElement element, string property) =>
        OptionalString(element, property) ?? throw Fail($"'{property}' is missing or not a string in {Abbreviate(element)}");

    public static string? OptionalString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static bool Flag(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    public IReadOnlyList<string> Strings(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"'{property}' is not an array in {Abbreviate(element)}");
        }

        return array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Fail($"'{property}' holds a non-string")).ToList();
    }

    public Attack.TechniqueId Id(JsonElement element, string property)
    {
        var text = String(element, property);
        return Attack.TechniqueId.TryParse(text, out var id) ? id : throw Fail($"'{property}' is '{text}', not a technique ID");
    }

    public InputFormatException Fail(string problem, string? position = null, Exception? inner = null) => new(Name, problem, position, inner);

    private static string Position(JsonException e) =>
        e.LineNumber is { } line ? $"line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1}" : "unknown position";

    private static string Abbreviate(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : text[..80] + "…";
    }
}
