using System.Text.Json.Nodes;

namespace Ttpcov.DataGen;

/// <summary>
/// Reads the reference files under <c>shared/</c> and writes the embedded data files into an output folder.
/// Only derived, compact forms are written; third-party files are never copied.
/// </summary>
public static class DataGenerator
{
    public static readonly IReadOnlyList<string> FileNames =
    [
        "attack-enterprise-14.1.json",
        "attack-enterprise-18.1.json",
        "attack-enterprise-19.0-remap.json",
        "insider-threat-kb-v2.json",
    ];

    public static IReadOnlyList<GeneratedFile> Generate(string sharedDir, string outDir)
    {
        var attackDir = Path.Combine(sharedDir, "reference", "attack");
        var kbDir = Path.Combine(sharedDir, "reference", "kb");
        var written = new List<GeneratedFile>();

        JsonObject attack14 = Load(Path.Combine(attackDir, "attack-enterprise-14.1.json"));
        foreach (var (version, reference) in new[] { ("14.1", attack14), ("18.1", Load(Path.Combine(attackDir, "attack-enterprise-18.1.json"))) })
        {
            var catalog = AttackDataBuilder.Build(reference, $"attack-enterprise-{version}.json");
            written.Add(Write(outDir, $"attack-enterprise-{version}.json", catalog, $"{catalog["techniques"]!.AsArray().Count} techniques, {catalog["tactics"]!.AsArray().Count} tactics"));
        }

        const string remapFile = "attack-enterprise-remap-18.1-to-19.0.json";
        var remap = RemapDataBuilder.Build(Load(Path.Combine(attackDir, remapFile)), remapFile);
        written.Add(Write(outDir, "attack-enterprise-19.0-remap.json", remap, $"{remap["revocations"]!.AsArray().Count} revocations, {remap["added"]!.AsArray().Count} added IDs"));

        var kb = KbDataBuilder.Build(
            File.ReadAllBytes(Path.Combine(kbDir, "ctid", KbDataBuilder.GreenFile)),
            File.ReadAllBytes(Path.Combine(kbDir, "ctid", KbDataBuilder.HeatmapFile)),
            attack14,
            File.ReadAllText(Path.Combine(kbDir, "insider-threat-kb-v2.csv")),
            File.ReadAllText(Path.Combine(kbDir, "ctid", "SOURCE.md")));
        var kbTechniques = kb["techniques"]!.AsArray();
        var pairs = kbTechniques.Sum(t => t!["tactics"]!.AsArray().Count);
        written.Add(Write(outDir, "insider-threat-kb-v2.json", kb, $"{kbTechniques.Count} techniques, {pairs} technique-tactic pairs"));
        return written;
    }

    private static JsonObject Load(string path) =>
        JsonNode.Parse(File.ReadAllBytes(path))?.AsObject() ?? throw new FormatException($"{path}: not a JSON object");

    private static GeneratedFile Write(string outDir, string name, JsonObject content, string summary)
    {
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, name);
        var bytes = CompactJson.ToBytes(content);
        File.WriteAllBytes(path, bytes);
        return new GeneratedFile(path, bytes.Length, summary);
    }
}
