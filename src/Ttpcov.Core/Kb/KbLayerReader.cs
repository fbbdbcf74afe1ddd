using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Kb;

/// <summary>
/// Reads any ATT&amp;CK Navigator layer file (one layer or an array of layers) as a KB. When any technique entry of a
/// layer has an <c>enabled</c> flag, only enabled entries count (the CTID layers list all of ATT&amp;CK and enable the
/// KB's pairs); otherwise every listed entry counts. Tactics come from <c>tactic</c>; tiers from <c>score</c> when every
/// counted entry has a whole score from 1 to 3. Entries with an empty or malformed <c>techniqueID</c> (<c>""</c>,
/// <c>T114</c>, <c>N.A.</c>) are skipped and reported. Non-standard fields such as <c>score_num</c> are ignored.
/// </summary>
public static class KbLayerReader
{
    private static readonly string[] EnterpriseDomains = ["enterprise-attack", "mitre-enterprise"];

    public static KbReadResult Read(Stream stream, string sourceName)
    {
        var bytes = ReadAll(stream);
        var input = new JsonInput(sourceName);
        using var document = input.Parse(new MemoryStream(bytes, writable: false));
        var root = document.RootElement;
        var layers = root.ValueKind switch
        {
            JsonValueKind.Object => [root],
            JsonValueKind.Array => root.EnumerateArray().ToList(),
            _ => throw input.Fail("is neither a Navigator layer object nor an array of layers"),
        };
        if (layers.Count == 0 || layers.Any(l => l.ValueKind != JsonValueKind.Object))
        {
            throw input.Fail("an array of layers must hold at least one layer object, and only layer objects");
        }

        var entries = new KbEntries();
        var problems = new List<KbReadProblem>();
        for (var i = 0; i < layers.Count; i++)
        {
            ReadLayer(layers[i], layers.Count == 1 ? "" : $"layer {i + 1}, ", entries, problems);
        }

        if (entries.Count == 0)
        {
            throw input.Fail($"holds no usable technique entries ({problems.Count} skipped)");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var first = layers[0];
        var kb = new KnowledgeBase(JsonInput.OptionalString(first, "name") ?? sourceName, "", AttackVersion(first), sourceName, sha, entries.Build(entries.ScoresAreTiers))
        {
            Files = [new KbSourceFile(sourceName, "Navigator layer", sha)],
        };
        return new KbReadResult(kb, problems);
    }

    private static void ReadLayer(JsonElement layer, string prefix, KbEntries entries, List<KbReadProblem> problems)
    {
        if (JsonInput.OptionalString(layer, "domain") is { } domain && !EnterpriseDomains.Contains(domain))
        {
            problems.Add(new KbReadProblem($"{prefix}domain", domain, "is not Enterprise ATT&CK; its techniques are read but will not resolve"));
        }

        if (!layer.TryGetProperty("techniques", out var techniques) || techniques.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var items = techniques.EnumerateArray().ToList();
        var honourEnabled = items.Any(t => t.ValueKind == JsonValueKind.Object && t.TryGetProperty("enabled", out _));
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var position = $"{prefix}techniques[{i}]";
            if (honourEnabled && !JsonInput.Flag(item, "enabled"))
            {
                continue;
            }

            var text = JsonInput.OptionalString(item, "techniqueID");
            if (!TechniqueId.TryParse(text, out var id))
            {
                problems.Add(new KbReadProblem(position, text ?? "(none)", "is not a technique ID; entry skipped"));
                continue;
            }

            entries.Add(id, null, Tactics(item), Score(item, position, problems));
        }
    }

    private static IEnumerable<string> Tactics(JsonElement item) =>
        JsonInput.OptionalString(item, "tactic") is { } text && Tactic.TryParse(text, out var tactic) ? [tactic.ShortName] : [];

    private static decimal? Score(JsonElement item, string position, List<KbReadProblem> problems)
    {
        if (!item.TryGetProperty("score", out var score) || score.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (score.ValueKind == JsonValueKind.Number && score.TryGetDecimal(out var value))
        {
            return value;
        }

        problems.Add(new KbReadProblem(position + ".score", score.GetRawText(), "is not a number; score ignored"));
        return null;
    }

    private static string AttackVersion(JsonElement layer)
    {
        if (!layer.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Object
            || !versions.TryGetProperty("attack", out var attack))
        {
            return "";
        }

        return attack.ValueKind switch
        {
            JsonValueKind.String => attack.GetString()!,
            JsonValueKind.Number when attack.TryGetDecimal(out var number) => number.ToString(CultureInfo.InvariantCulture),
            _ => "",
        };
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
