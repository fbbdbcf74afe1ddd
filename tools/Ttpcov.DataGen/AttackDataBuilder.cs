using System.Text.Json.Nodes;
using Ttpcov.Core.Attack;

namespace Ttpcov.DataGen;

/// <summary>
/// Turns a reference ATT&amp;CK file (<c>shared/reference/attack/attack-enterprise-X.json</c>) into the embedded compact
/// schema: version, domain, source note, tactics in matrix order, and every attack-pattern (live, revoked, deprecated)
/// sorted by ID with its tactics in matrix order and its data components sorted. Platforms and detection strategies
/// are dropped.
/// </summary>
public static class AttackDataBuilder
{
    public static JsonObject Build(JsonObject reference, string referenceFileName)
    {
        var version = Text(reference, "attackVersion");
        var tactics = reference["tactics"]?.AsArray() ?? throw new FormatException($"{referenceFileName}: no tactics");
        var order = tactics.Select(t => Text(t!.AsObject(), "shortname")).ToList();

        var techniques = new JsonArray();
        foreach (var item in (reference["techniques"]?.AsArray() ?? []).OrderBy(t => TechniqueId.Parse(Text(t!.AsObject(), "id"))))
        {
            var technique = item!.AsObject();
            var revokedBy = technique["revokedBy"]?.GetValue<string>();
            techniques.Add(new JsonObject
            {
                ["id"] = TechniqueId.Parse(Text(technique, "id")).ToString(),
                ["name"] = Text(technique, "name"),
                ["tactics"] = Strings(Values(technique, "tactics").OrderBy(t => IndexOf(order, t)).ThenBy(t => t, StringComparer.Ordinal)),
                ["deprecated"] = technique["deprecated"]?.GetValue<bool>() ?? false,
                ["revokedBy"] = revokedBy is null ? null : TechniqueId.Parse(revokedBy).ToString(),
                ["dataComponents"] = Strings(Values(technique, "dataComponents").Distinct().Order(StringComparer.Ordinal)),
            });
        }

        return new JsonObject
        {
            ["version"] = version,
            ["domain"] = Text(reference, "domain"),
            ["source"] = $"MITRE ATT&CK Enterprise {version} ({Text(reference, "source")}); compacted by tools/Ttpcov.DataGen from ttpcov's reference file {referenceFileName}",
            ["tactics"] = new JsonArray(tactics.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = Text(t!.AsObject(), "id"),
                ["shortname"] = Text(t.AsObject(), "shortname"),
                ["name"] = Text(t.AsObject(), "name"),
            }).ToArray()),
            ["techniques"] = techniques,
        };
    }

    internal static string Text(JsonObject json, string name) =>
        json[name]?.GetValue<string>() ?? throw new FormatException($"missing '{name}' in {json.ToJsonString()}");

    internal static IEnumerable<string> Values(JsonObject json, string name) =>
        (json[name]?.AsArray() ?? []).Select(v => v!.GetValue<string>());

    internal static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static int IndexOf(List<string> order, string tactic) => order.IndexOf(tactic) is var i and >= 0 ? i : int.MaxValue;
}
