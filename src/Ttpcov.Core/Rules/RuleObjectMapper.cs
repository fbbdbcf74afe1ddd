using System.Text.Json;
using System.Text.Json.Nodes;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Maps one rule object onto <see cref="AnalyticRule"/>, whatever its spelling: an ARM envelope (<c>name</c>,
/// <c>kind</c>, <c>properties</c>), a flat Az PowerShell export (PascalCase) or a YAML rule. Property names are matched
/// without regard to case; ARM template expressions are resolved where they can be.
/// </summary>
internal static class RuleObjectMapper
{
    public static (AnalyticRule? Rule, IReadOnlyList<RuleReadProblem> Problems) Map(
        JsonObject envelope, string source, bool isTemplate, ArmExpressionContext arm, string fallbackId)
    {
        var props = envelope["properties"] as JsonObject ?? envelope;
        var displayName = Text(arm.Resolve(props["displayName"]));
        var name = Text(arm.Resolve(envelope["name"]));
        var id = displayName is null ? Text(arm.Resolve(envelope["id"])) : LastSegment(name) ?? LastSegment(Text(arm.Resolve(envelope["id"])));
        var kind = Text(envelope["kind"]) ?? Text(props["kind"]) ?? "Unspecified";
        var templateName = Text(arm.Resolve(props["alertRuleTemplateName"]));
        var title = displayName ?? name ?? (templateName is null ? null : $"{kind} rule from template {templateName}");
        if (id is null && title is null)
        {
            return (null, [new RuleReadProblem(source, "a rule without id or name; not read")]);
        }

        var (techniques, unrecognised) = Techniques(arm, props);
        var tactics = Strings(arm.Resolve(props["tactics"])).Select(t => Tactic.TryParse(t, out var tactic) ? tactic : (Tactic?)null)
            .OfType<Tactic>().Distinct().ToList();
        var armId = Text(envelope["id"]) is { } full && full.StartsWith("/subscriptions/", StringComparison.OrdinalIgnoreCase) ? full : null;
        id ??= fallbackId;
        var rule = new AnalyticRule(
            id,
            title ?? id,
            kind,
            Bool(arm.Resolve(props["enabled"])) ?? false,
            techniques,
            unrecognised,
            tactics,
            armId ?? source,
            isTemplate ? id : templateName,
            Connectors(props["requiredDataConnectors"]),
            isTemplate);
        return (rule, []);
    }

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            ? value.ToString().Trim() is { Length: > 0 } text ? text : null
            : null;

    /// <summary>A list, or a scalar holding a comma/semicolon/space separated list.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Strings),
        _ when Text(node) is { } text => text.Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    private static (List<TechniqueId>, List<string>) Techniques(ArmExpressionContext arm, JsonObject props)
    {
        var ids = new SortedSet<TechniqueId>();
        var unrecognised = new List<string>();
        foreach (var field in new[] { "techniques", "subTechniques", "relevantTechniques" })
        {
            foreach (var value in Strings(arm.Resolve(props[field])))
            {
                if (TechniqueId.TryParse(value.Trim('"', '\''), out var id))
                {
                    ids.Add(id);
                }
                else if (!unrecognised.Contains(value))
                {
                    unrecognised.Add(value);
                }
            }
        }

        return ([.. ids], unrecognised);
    }

    private static bool? Bool(JsonNode? node) => node is not JsonValue value
        ? null
        : value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => bool.TryParse(value.GetValue<string>().Trim(), out var b) ? b : null,
            _ => (bool?)null,
        };

    private static List<RequiredConnector> Connectors(JsonNode? node) =>
        node is not JsonArray array
            ? []
            : [.. array.OfType<JsonObject>()
                .Select(c => (Id: Text(c["connectorId"]), Types: Strings(c["dataTypes"]).ToList()))
                .Where(c => c.Id is not null)
                .Select(c => new RequiredConnector(c.Id!, c.Types))];

    // "…/alertRules/0c0ffee0-…" and "ws/Microsoft.SecurityInsights/guid" → the last segment.
    private static string? LastSegment(string? name) =>
        name is null ? null : name[(name.LastIndexOf('/') + 1)..] is { Length: > 0 } last ? last : null;
}
