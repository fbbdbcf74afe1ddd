using System.Text;
using System.Text.Json;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Alerts;

/// <summary>
/// Splits one technique field into tokens and sorts them into IDs and unrecognised values. A field may be a
/// JSON array (<c>["T1078","T1110"]</c>, the usual SecurityAlert form), a comma, semicolon or space separated list
/// (<c>T1047;T1082</c>), or a mix; tokens are trimmed of quotes and white space and upper-cased. A field that starts
/// like JSON but is not valid JSON is split as text, so nothing in it is lost.
/// </summary>
internal static class TechniqueTokens
{
    private const int MaxReportedLength = 100;
    private static readonly char[] Separators = [',', ';', '|', ' ', '\t', '\r', '\n', '[', ']', '"', '\''];

    public static void Collect(string? field, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return;
        }

        var text = field.Trim();
        if (text[0] == '[' && TryCollectJsonArray(text, ids, unrecognised))
        {
            return;
        }

        CollectText(text, ids, unrecognised);
    }

    public static void CollectElement(JsonElement value, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Collect(value.GetString(), ids, unrecognised);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    CollectElement(item, ids, unrecognised);
                }

                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                break;
            default:
                AddToken(value.GetRawText(), ids, unrecognised);
                break;
        }
    }

    /// <summary>
    /// Collects from raw JSON values one after another (as <see cref="ExtendedPropertiesScan"/> keeps them), exactly
    /// as <see cref="CollectElement"/> would from the parsed values.
    /// </summary>
    public static void CollectValues(ReadOnlySpan<byte> json, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            CollectValue(ref reader, json, ids, unrecognised);
        }
    }

    private static void CollectValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                CollectString(ref reader, ids, unrecognised);
                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    CollectValue(ref reader, json, ids, unrecognised);
                }

                break;
            case JsonTokenType.StartObject:
                var from = (int)reader.TokenStartIndex;
                reader.Skip();
                AddToken(Encoding.UTF8.GetString(json[from..(int)reader.BytesConsumed]), ids, unrecognised);
                break;
            case JsonTokenType.Null:
                break;
            default:
                AddToken(Encoding.UTF8.GetString(reader.ValueSpan), ids, unrecognised);
                break;
        }
    }

    private static void CollectString(ref Utf8JsonReader reader, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Not valid Unicode (a lone surrogate escape such as \ud800): read the escaped text as it stands, like a broken column.
            CollectText(Encoding.UTF8.GetString(reader.ValueSpan), ids, unrecognised);
            return;
        }

        Collect(value, ids, unrecognised);
    }

    private static bool TryCollectJsonArray(string text, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            CollectElement(document.RootElement, ids, unrecognised);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or a string in it is not valid Unicode: the text split below still reads every token.
            return false;
        }
    }

    private static void CollectText(string text, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            AddToken(token, ids, unrecognised);
        }
    }

    private static void AddToken(string token, ISet<TechniqueId> ids, ISet<string> unrecognised)
    {
        var trimmed = token.Trim().Trim('"', '\'').Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (TechniqueId.TryParse(trimmed, out var id))
        {
            ids.Add(id);
            return;
        }

        var upper = trimmed.ToUpperInvariant();
        unrecognised.Add(upper.Length > MaxReportedLength ? upper[..MaxReportedLength] + "…" : upper);
    }
}
