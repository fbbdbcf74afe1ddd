using System.Text.Json.Nodes;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Resolves the few ARM template expressions rule exports use for names and lists: <c>[parameters('x')]</c> (its
/// <c>defaultValue</c>), <c>[variables('x')]</c>, <c>[concat(…)]</c> and string literals. Anything else
/// (<c>newGuid()</c>, <c>resourceId()</c>, …) cannot be known offline and resolves to null. Names match without case.
/// </summary>
internal sealed class ArmExpressionContext(JsonObject? parameters, JsonObject? variables, ArmExpressionContext? outer = null)
{
    private const int MaxDepth = 16;

    public static ArmExpressionContext None { get; } = new(null, null);

    /// <summary>The context of a template; a nested template (content-hub <c>mainTemplate</c>) falls back on <paramref name="outer"/>.</summary>
    public static ArmExpressionContext For(JsonObject template, ArmExpressionContext? outer = null) =>
        new(template["parameters"] as JsonObject, template["variables"] as JsonObject, outer);

    /// <summary>The node itself, or what an expression in it stands for (null when it cannot be resolved).</summary>
    public JsonNode? Resolve(JsonNode? node) => Resolve(node, 0);

    private JsonNode? Resolve(JsonNode? node, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (node is not JsonValue value || !value.TryGetValue<string>(out var text) || !IsExpression(text))
        {
            return node;
        }

        return new Parser(this, text[1..^1], depth).Expression();
    }

    private static bool IsExpression(string text) => text.Length >= 2 && text[0] == '[' && text[^1] == ']' && !text.StartsWith("[[", StringComparison.Ordinal);

    private JsonNode? Lookup(string name, bool parameter, int depth)
    {
        var table = parameter ? _parameters : _variables;
        var entry = table?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        if (entry is null)
        {
            return outer?.Lookup(name, parameter, depth + 1);
        }

        var value = parameter ? (entry as JsonObject)?["defaultValue"] : entry;
        return Resolve(value, depth + 1);
    }

    /// <summary>A recursive-descent reader of one expression: <c>fn(arg, …)</c> or <c>'literal'</c>.</summary>
    private sealed class Parser(ArmExpressionContext context, string text, int depth)
    {
        private int _at;

        public JsonNode? Expression()
        {
            Skip();
            if (_at < text.Length && text[_at] == '\'')
            {
                return JsonValue.Create(Literal());
            }

            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] == '_'))
            {
                _at++;
            }

            var function = text[start.._at];
            var args = Arguments();
            return function.ToLowerInvariant() switch
            {
                "parameters" when args is [JsonValue p] => context.Lookup(p.ToString(), parameter: true, depth),
                "variables" when args is [JsonValue v] => context.Lookup(v.ToString(), parameter: false, depth),
                "concat" when args is not null && args.All(a => a is JsonValue) => JsonValue.Create(string.Concat(args.Select(a => a!.ToString()))),
                _ => null,
            };
        }

        private List<JsonNode?>? Arguments()
        {
            Skip();
            if (_at >= text.Length || text[_at] != '(')
            {
                return null;
            }

            _at++;
            var args = new List<JsonNode?>();
            while (true)
            {
                Skip();
                if (_at < text.Length && text[_at] == ')')
                {
                    _at++;
                    return args;
                }

                args.Add(Expression());
                Skip();
                if (_at < text.Length && text[_at] == ',')
                {
                    _at++;
                }
                else if (_at >= text.Length || text[_at] != ')')
                {
                    return null;
                }
            }
        }

        private string Literal()
        {
            var builder = new System.Text.StringBuilder();
            _at++;
            while (_at < text.Length)
            {
                if (text[_at] == '\'')
                {
                    if (_at + 1 < text.Length && text[_at + 1] == '\'')
                    {
                        builder.Append('\'');
                        _at += 2;
                        continue;
                    }

                    _at++;
                    break;
                }

                builder.Append(text[_at++]);
            }

            return builder.ToString();
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }
    }

    private readonly JsonObject? _parameters = parameters;
    private readonly JsonObject? _variables = variables;
}
