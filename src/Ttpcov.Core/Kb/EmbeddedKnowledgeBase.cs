using System.Text.Json;

namespace Ttpcov.Core.Kb;

/// <summary>
/// The CTID Insider Threat TTP Knowledge Base v2 compiled into ttpcov (written by tools/Ttpcov.DataGen from the
/// published layers): 73 techniques in 83 technique–tactic pairs on ATT&amp;CK 14.1, with frequency tiers.
/// </summary>
public static class EmbeddedKnowledgeBase
{
    public const string FileName = "insider-threat-kb-v2.json";

    private static readonly Lazy<KnowledgeBase> Lazy = new(() => EmbeddedResource.Read(FileName, Read));

    public static KnowledgeBase InsiderThreatV2 => Lazy.Value;

    /// <summary>Reads the embedded KB schema (name, version, attackVersion, source, files with SHA-256, techniques).</summary>
    public static KnowledgeBase Read(Stream stream, string inputName)
    {
        var input = new JsonInput(inputName);
        using var document = input.Parse(stream);
        var root = document.RootElement;
        var files = input.Array(root, "files").EnumerateArray()
            .Select(f => new KbSourceFile(input.String(f, "name"), input.String(f, "role"), input.String(f, "sha256")))
            .ToList();
        var techniques = input.Array(root, "techniques").EnumerateArray()
            .Select(t => new KbTechnique(
                input.Id(t, "id"),
                input.String(t, "name"),
                input.Strings(t, "tactics"),
                Tier(input, t),
                JsonInput.Flag(t, "inV1")))
            .ToList();
        if (files.Count == 0 || techniques.Count == 0)
        {
            throw input.Fail("names no source file or holds no techniques");
        }

        if (techniques.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw input.Fail($"lists {twice.Key} more than once (the KB size would be wrong)");
        }

        return new KnowledgeBase(
            input.String(root, "name"),
            input.String(root, "version"),
            input.String(root, "attackVersion"),
            input.String(root, "source"),
            files[0].Sha256,
            techniques)
        {
            Files = files,
        };
    }

    private static int? Tier(JsonInput input, JsonElement technique) =>
        !technique.TryGetProperty("tier", out var tier) || tier.ValueKind != JsonValueKind.Number ? null
        : tier.TryGetInt32(out var value) ? value
        : throw input.Fail($"tier {tier.GetRawText()} is not a whole number");
}
