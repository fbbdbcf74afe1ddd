using System.Globalization;
using System.Text.Json;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Reads a <c>summary.json</c> written by <see cref="SummaryJsonWriter"/> back into a <see cref="CoverageSummary"/>.
/// A file that is not such a summary (wrong format, newer format version, missing or mistyped field, bad ID) is a
/// broken contract: <see cref="InvalidDataException"/> with the JSON path of the first problem. The <c>rules</c>
/// object is optional: files written without rules, or before it existed, read as they always did.
/// </summary>
public sealed class SummaryJsonReader
{
    public CoverageSummary Read(Stream input)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("summary.json is not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static CoverageSummary Read(JsonElement root)
    {
        if (Text(root, "format", "$") != SummaryJsonWriter.Format)
        {
            throw new InvalidDataException($"$.format: not a {SummaryJsonWriter.Format} file");
        }

        var version = Get(root, "formatVersion", "$", JsonValueKind.Number).GetInt32();
        if (version > SummaryJsonWriter.FormatVersion)
        {
            throw new InvalidDataException($"$.formatVersion: {version} is newer than this ttpcov reads ({SummaryJsonWriter.FormatVersion})");
        }

        var kb = Get(root, "kb", "$", JsonValueKind.Object);
        var attack = Get(root, "attack", "$", JsonValueKind.Object);
        var coverage = Get(root, "coverage", "$", JsonValueKind.Object);
        var generatedAt = Text(root, "generatedAt", "$");
        return new CoverageSummary(
            Text(kb, "name", "$.kb"),
            Text(kb, "version", "$.kb"),
            Text(kb, "sha256", "$.kb"),
            Text(kb, "attackVersion", "$.kb"),
            Text(attack, "version", "$.attack"),
            DateTimeOffset.TryParse(generatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : throw new InvalidDataException($"$.generatedAt: '{generatedAt}' is not a timestamp"),
            Ids(root, "coveredIds"),
            Ids(root, "uncoveredIds"),
            AlertCounts(root),
            Get(coverage, "percent", "$.coverage", JsonValueKind.Number).GetDouble(),
            Get(coverage, "weightedPercent", "$.coverage", JsonValueKind.Number).GetDouble(),
            Names(root),
            Rungs(root));
    }

    // The rungs of a run with rules; a summary written without rules (or before rules existed) has none.
    private static Dictionary<TechniqueId, EvidenceRung>? Rungs(JsonElement root)
    {
        if (!root.TryGetProperty("rules", out var rules))
        {
            return null;
        }

        var rungs = new Dictionary<TechniqueId, EvidenceRung>();
        var i = 0;
        foreach (var technique in Get(rules, "techniques", "$.rules", JsonValueKind.Array).EnumerateArray())
        {
            var at = $"$.rules.techniques[{i++}]";
            var id = Id(Get(technique, "id", at, JsonValueKind.String), at + ".id");
            var token = Text(technique, "rung", at);
            rungs[id] = LadderText.TryParse(token, out var rung) ? rung : throw new InvalidDataException($"{at}.rung: '{token}' is not a rung");
        }

        return rungs;
    }

    private static TechniqueId[] Ids(JsonElement root, string name) =>
        Get(root, name, "$", JsonValueKind.Array).EnumerateArray().Select((e, i) => Id(e, $"$.{name}[{i}]")).ToArray();

    private static Dictionary<TechniqueId, long> AlertCounts(JsonElement root)
    {
        var counts = new Dictionary<TechniqueId, long>();
        var i = 0;
        foreach (var technique in Get(root, "techniques", "$", JsonValueKind.Array).EnumerateArray())
        {
            var at = $"$.techniques[{i++}]";
            var id = Id(Get(technique, "id", at, JsonValueKind.String), at + ".id");
            counts[id] = Get(technique, "alertCount", at, JsonValueKind.Number).GetInt64();
        }

        return counts;
    }

    // Names are informative: a technique without a string name is simply left out.
    private static Dictionary<TechniqueId, string> Names(JsonElement root)
    {
        var names = new Dictionary<TechniqueId, string>();
        foreach (var technique in root.GetProperty("techniques").EnumerateArray())
        {
            if (technique.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && TechniqueId.TryParse(technique.GetProperty("id").GetString(), out var id))
            {
                names[id] = name.GetString()!;
            }
        }

        return names;
    }

    private static TechniqueId Id(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String && TechniqueId.TryParse(element.GetString(), out var id)
            ? id
            : throw new InvalidDataException($"{path}: not a technique ID");

    private static string Text(JsonElement owner, string name, string path) => Get(owner, name, path, JsonValueKind.String).GetString()!;

    private static JsonElement Get(JsonElement owner, string name, string path, JsonValueKind kind)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out var value))
        {
            throw new InvalidDataException($"{path}.{name}: missing");
        }

        return value.ValueKind == kind ? value : throw new InvalidDataException($"{path}.{name}: expected {kind.ToString().ToLowerInvariant()}, found {value.ValueKind.ToString().ToLowerInvariant()}");
    }
}
