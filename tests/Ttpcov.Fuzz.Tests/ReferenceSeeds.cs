using Ttpcov.TestSupport;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// The inputs mutation starts from, per reader: the small files under Seeds/&lt;reader&gt;/, the embedded data files of
/// the repository, and the real layers and KB files under shared/ when present.
/// </summary>
public static class ReferenceSeeds
{
    private static readonly Dictionary<string, string[]> Repository = new()
    {
        ["kb-embedded"] = ["src/Ttpcov.Core/Data/insider-threat-kb-v2.json"],
        ["attack-remap"] = ["src/Ttpcov.Core/Data/attack-enterprise-19.0-remap.json"],
    };

    private static readonly Dictionary<string, string[]> Shared = new()
    {
        ["kb-layer"] =
        [
            "samples/layers/Azure__Azure-Sentinel@f78ec41/Tools/MITREATT&CK-LayerGeneration-Notebook/Layers/macOS.json",
            "samples/layers/center-for-threat-informed-defense__security-stack-mappings@160b9fe/mappings/Azure/layers/tags/Azure_Sentinel.json",
            "reference/kb/ctid/green_seen_v1_v2.json",
        ],
        ["kb-csv"] = ["reference/kb/insider-threat-kb-v2.csv"],
    };

    public static IReadOnlyList<string> Readers { get; } = ["kb-layer", "kb-csv", "kb-embedded", "stix", "attack-catalog", "attack-remap", "extended-properties"];

    public static IReadOnlyList<byte[]> For(string reader)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds", reader);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList() : [];
        files.AddRange(Repository.GetValueOrDefault(reader, []).Select(p => Path.Combine(SharedData.RepoRoot, p)));
        if (SharedData.Root is { } root)
        {
            files.AddRange(Shared.GetValueOrDefault(reader, []).Select(p => Path.Combine(root, p)).Where(File.Exists));
        }

        return files.Select(File.ReadAllBytes).ToList();
    }
}
