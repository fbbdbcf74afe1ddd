using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ttpcov.Core.Attack;

namespace Ttpcov.DataGen;

/// <summary>
/// Derives the embedded Insider Threat KB v2 as the CTID published it: the <c>enabled</c> technique/tactic entries
/// of <c>green_seen_v1_v2.json</c>, names and tactic order from ATT&amp;CK 14.1, the frequency tier from the enabled
/// scored entries of <c>heatmap_InT_2.09.json</c>, <c>in_v1</c> from the reference CSV, and the SHA-256 of both
/// published files.
/// </summary>
public static partial class KbDataBuilder
{
    public const string GreenFile = "green_seen_v1_v2.json";
    public const string HeatmapFile = "heatmap_InT_2.09.json";

    public static JsonObject Build(byte[] green, byte[] heatmap, JsonObject attack14, string kbCsv, string sourceNotes)
    {
        var greenLayer = JsonNode.Parse(green)!.AsObject();
        var heatmapLayer = JsonNode.Parse(heatmap)!.AsObject();
        var names = (attack14["techniques"]?.AsArray() ?? []).Select(t => t!.AsObject())
            .ToDictionary(t => AttackDataBuilder.Text(t, "id"), t => AttackDataBuilder.Text(t, "name"), StringComparer.Ordinal);
        var order = (attack14["tactics"]?.AsArray() ?? []).Select(t => AttackDataBuilder.Text(t!.AsObject(), "shortname")).ToList();
        var tiers = Tiers(heatmapLayer);
        var inV1 = InV1(kbCsv);

        var techniques = new JsonArray();
        foreach (var group in Enabled(greenLayer).GroupBy(e => e.Id).OrderBy(g => g.Key))
        {
            var id = group.Key.ToString();
            techniques.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = names.TryGetValue(id, out var name) ? name : throw new FormatException($"{id} of {GreenFile} is not in ATT&CK 14.1"),
                ["tactics"] = AttackDataBuilder.Strings(group.Select(e => e.Tactic).Distinct().OrderBy(t => order.IndexOf(t) is var i and >= 0 ? i : int.MaxValue)),
                ["tier"] = tiers.TryGetValue(group.Key, out var tier) ? tier : null,
                ["inV1"] = inV1.TryGetValue(id, out var v1) ? v1 : throw new FormatException($"{id} is missing from insider-threat-kb-v2.csv"),
            });
        }

        var versions = greenLayer["versions"]?.AsObject();
        return new JsonObject
        {
            ["name"] = "CTID Insider Threat TTP Knowledge Base",
            ["version"] = "2",
            ["attackVersion"] = "14.1",
            ["source"] = $"center-for-threat-informed-defense/insider-threat-ttp-kb@{Commit(sourceNotes)[..7]}: docs/extra/{GreenFile} (techniques, tactics) and docs/extra/{HeatmapFile} (tiers)",
            ["layer"] = new JsonObject
            {
                ["name"] = greenLayer["name"]?.GetValue<string>(),
                ["attack"] = versions?["attack"]?.GetValue<string>(),
                ["navigator"] = versions?["navigator"]?.GetValue<string>(),
                ["layer"] = versions?["layer"]?.GetValue<string>(),
            },
            ["files"] = new JsonArray(
                File(GreenFile, "techniques and tactics (enabled entries)", green),
                File(HeatmapFile, "evidence-frequency tiers (score of enabled entries)", heatmap)),
            ["techniques"] = techniques,
        };
    }

    private static IEnumerable<(TechniqueId Id, string Tactic)> Enabled(JsonObject layer) =>
        (layer["techniques"]?.AsArray() ?? []).Select(t => t!.AsObject())
            .Where(t => t["enabled"]?.GetValue<bool>() ?? true)
            .Select(t => (TechniqueId.Parse(AttackDataBuilder.Text(t, "techniqueID")), AttackDataBuilder.Text(t, "tactic")));

    private static Dictionary<TechniqueId, int> Tiers(JsonObject heatmap)
    {
        var tiers = new Dictionary<TechniqueId, int>();
        foreach (var entry in (heatmap["techniques"]?.AsArray() ?? []).Select(t => t!.AsObject()))
        {
            if ((entry["enabled"]?.GetValue<bool>() ?? true) && entry["score"] is JsonValue score)
            {
                var id = TechniqueId.Parse(AttackDataBuilder.Text(entry, "techniqueID"));
                tiers[id] = Math.Max(tiers.GetValueOrDefault(id), score.GetValue<int>());
            }
        }

        return tiers;
    }

    private static Dictionary<string, bool> InV1(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        var idColumn = Array.IndexOf(header, "technique_id");
        var v1Column = Array.IndexOf(header, "in_v1");
        return lines.Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[idColumn], f => bool.Parse(f[v1Column]), StringComparer.Ordinal);
    }

    private static JsonObject File(string name, string role, byte[] bytes) => new()
    {
        ["name"] = name,
        ["role"] = role,
        ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
    };

    private static string Commit(string sourceNotes) =>
        CommitPattern().Match(sourceNotes) is { Success: true } match
            ? match.Groups[1].Value
            : throw new FormatException($"SOURCE.md does not name the commit of {GreenFile}");

    [GeneratedRegex(@"\|\s*green_seen_v1_v2\.json\s*\|[^|]*\|\s*([0-9a-f]{40})\s*\|")]
    private static partial Regex CommitPattern();
}
