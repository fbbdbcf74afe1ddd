using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ttpcov.Core.Layers;

/// <summary>Type and value checks on layer JSON that record a <see cref="LayerProblem"/> instead of throwing.</summary>
internal sealed partial class LayerJson(List<LayerProblem> problems)
{
    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();

    public void Add(string path, string message) => problems.Add(new LayerProblem(path, message));

    /// <summary>The property if present; records a problem when it is required and missing.</summary>
    public bool TryGet(JsonElement owner, string name, string path, bool required, out JsonElement value)
    {
        if (owner.TryGetProperty(name, out value))
        {
            return true;
        }

        if (required)
        {
            Add(path, $"'{name}' is required");
        }

        return false;
    }

    public string? String(JsonElement owner, string name, string path, bool required = false, bool nonEmpty = false)
    {
        if (!TryGet(owner, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Add($"{path}.{name}", $"must be a string, not {Kind(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (nonEmpty && string.IsNullOrWhiteSpace(text))
        {
            Add($"{path}.{name}", "must not be empty");
        }

        return text;
    }

    public void OneOf(JsonElement owner, string name, string path, params string[] allowed)
    {
        if (String(owner, name, path) is { } text && !allowed.Contains(text, StringComparer.Ordinal))
        {
            Add($"{path}.{name}", $"'{text}' is not one of {string.Join(", ", allowed)}");
        }
    }

    public void Color(JsonElement owner, string name, string path, bool required = false)
    {
        if (String(owner, name, path, required) is { } text)
        {
            ColorValue(text, $"{path}.{name}");
        }
    }

    public void ColorValue(string text, string path)
    {
        if (!HexColor().IsMatch(text))
        {
            Add(path, $"colour '{text}' is not #rrggbb");
        }
    }

    public double? Number(JsonElement owner, string name, string path, bool required = false)
    {
        if (!TryGet(owner, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Add($"{path}.{name}", $"must be a number, not {Kind(value)}");
            return null;
        }

        return value.GetDouble();
    }

    public void Boolean(JsonElement owner, string name, string path)
    {
        if (TryGet(owner, name, path, required: false, out var value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Add($"{path}.{name}", $"must be true or false, not {Kind(value)}");
        }
    }

    /// <summary>The elements of an array property (none when absent or not an array, which is recorded).</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement owner, string name, string path)
    {
        if (!TryGet(owner, name, path, required: false, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Add($"{path}.{name}", $"must be an array, not {Kind(value)}");
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]"));
    }

    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Add(path, $"must be an object, not {Kind(element)}");
        return false;
    }

    /// <summary>A metadata or link item: <c>{divider: true}</c>, or both text fields non-empty.</summary>
    public void Item(JsonElement item, string path, string first, string second)
    {
        if (!IsObject(item, path))
        {
            return;
        }

        if (item.TryGetProperty("divider", out var divider) && divider.ValueKind == JsonValueKind.True)
        {
            return;
        }

        String(item, first, path, required: true, nonEmpty: true);
        String(item, second, path, required: true, nonEmpty: true);
    }

    private static string Kind(JsonElement value) => value.ValueKind.ToString().ToLowerInvariant();
}
