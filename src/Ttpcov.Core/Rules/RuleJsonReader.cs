using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Reads rules from one JSON document: an ARM list body (<c>{"value":[…]}</c>, from the API or an export), a single
/// ARM rule, an Az PowerShell export (an array of PascalCase rules), or an ARM template whose <c>resources</c> hold
/// <c>…/alertRules</c> or <c>…/alertRuleTemplates</c>, also nested in content-hub packages (template specs'
/// <c>mainTemplate</c>, <c>contentTemplates</c>). Rules of type <c>alertRules</c> are deployed rules with their own
/// <c>enabled</c> flag; <c>alertRuleTemplates</c> are templates. A file holding no rule is reported.
/// </summary>
public static class RuleJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static RuleFileContent Read(Stream stream, string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(stream, YamlJsonConverter.Options, DocumentOptions);
        }
        catch (JsonException e)
        {
            return RuleFileContent.Problem(path, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }

        var rules = new List<AnalyticRule>();
        var problems = new List<RuleReadProblem>();
        try
        {
            new Walker(path, rules, problems).Root(root);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return RuleFileContent.Problem(path, $"not a rule document: {e.Message}");
        }

        if (rules.Count == 0 && problems.Count == 0 && !(root is JsonObject { } list && list["value"] is JsonArray))
        {
            problems.Add(new RuleReadProblem(path, "no analytic rule or rule template in this JSON file"));
        }

        return new RuleFileContent(rules, problems);
    }

    /// <summary>Reads the <c>nextLink</c> of an ARM list body, if any.</summary>
    public static string? NextLink(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("nextLink", out var next) && next.ValueKind == JsonValueKind.String
                ? next.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class Walker(string path, List<AnalyticRule> rules, List<RuleReadProblem> problems)
    {
        private int _index;

        public void Root(JsonNode? root)
        {
            switch (root)
            {
                case JsonArray array:
                    Items(array, ArmExpressionContext.None);
                    break;
                case JsonObject o when o["resources"] is JsonArray:
                    Template(o);
                    break;
                case JsonObject o when o["value"] is JsonArray list:
                    Items(list, ArmExpressionContext.None);
                    break;
                case JsonObject o when IsRuleType(o, out _) || o["properties"] is JsonObject:
                    Item(o, ArmExpressionContext.None);
                    break;
                default:
                    problems.Add(new RuleReadProblem(path, "not a rule document (no resources, value list or rule)"));
                    break;
            }
        }

        private void Template(JsonObject template, ArmExpressionContext? outer = null)
        {
            var arm = ArmExpressionContext.For(template, outer);
            foreach (var resource in (template["resources"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (IsRuleType(resource, out _))
                {
                    Item(resource, arm);
                }
                else if (resource["properties"] is JsonObject props)
                {
                    foreach (var nested in new[] { props["mainTemplate"], props["template"] }.OfType<JsonObject>())
                    {
                        Template(nested, arm);
                    }
                }
            }
        }

        private void Items(JsonArray items, ArmExpressionContext arm)
        {
            foreach (var item in items)
            {
                if (item is JsonObject o)
                {
                    Item(o, arm);
                }
                else
                {
                    _index++;
                    problems.Add(new RuleReadProblem(path, $"item {_index} is not an object; skipped"));
                }
            }
        }

        private void Item(JsonObject item, ArmExpressionContext arm)
        {
            _index++;
            var isTemplate = IsRuleType(item, out var template) && template;
            var (rule, itemProblems) = RuleObjectMapper.Map(item, path, isTemplate, arm, $"{path}#{_index}");
            problems.AddRange(itemProblems);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        private static bool IsRuleType(JsonObject item, out bool template)
        {
            var type = RuleObjectMapper.Text(item["type"]) ?? string.Empty;
            template = type.EndsWith("/alertRuleTemplates", StringComparison.OrdinalIgnoreCase);
            return template || type.EndsWith("/alertRules", StringComparison.OrdinalIgnoreCase);
        }
    }
}
