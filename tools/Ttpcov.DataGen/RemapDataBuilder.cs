using System.Text.Json.Nodes;
using Ttpcov.Core.Attack;

namespace Ttpcov.DataGen;

/// <summary>
/// Turns the reference v18.1 → v19.0 remap (taken from MITRE's release notes) into the embedded form: from/to, the
/// revocations sorted by revoked ID (with the 18.1 name, the v19 ID and the v19 name the notes give), the IDs added
/// by the new release, and the tactic changes.
/// </summary>
public static class RemapDataBuilder
{
    public static JsonObject Build(JsonObject reference, string referenceFileName)
    {
        var revocations = new JsonArray();
        foreach (var item in (reference["revoked"]?.AsArray() ?? []).OrderBy(r => TechniqueId.Parse(AttackDataBuilder.Text(r!.AsObject(), "id"))))
        {
            var revocation = item!.AsObject();
            revocations.Add(new JsonObject
            {
                ["id"] = TechniqueId.Parse(AttackDataBuilder.Text(revocation, "id")).ToString(),
                ["name"] = AttackDataBuilder.Text(revocation, "name"),
                ["revokedBy"] = TechniqueId.Parse(AttackDataBuilder.Text(revocation, "revokedBy")).ToString(),
                ["revokedByName"] = revocation["revokedByName"]?.GetValue<string>(),
            });
        }

        var tactics = reference["tactics"]?.AsObject();
        return new JsonObject
        {
            ["from"] = AttackDataBuilder.Text(reference, "from"),
            ["to"] = AttackDataBuilder.Text(reference, "to"),
            ["source"] = $"{AttackDataBuilder.Text(reference, "source")} Compacted by tools/Ttpcov.DataGen from ttpcov's reference file {referenceFileName}.",
            ["tacticsRemoved"] = Tactics(tactics?["removed"]?.AsArray()),
            ["tacticsAdded"] = Tactics(tactics?["added"]?.AsArray()),
            ["revocations"] = revocations,
            ["added"] = AttackDataBuilder.Strings(AttackDataBuilder.Values(reference, "added").Select(TechniqueId.Parse).Order().Select(id => id.ToString())),
        };
    }

    private static JsonArray Tactics(JsonArray? tactics) => new((tactics ?? []).Select(t => (JsonNode)new JsonObject
    {
        ["id"] = AttackDataBuilder.Text(t!.AsObject(), "id"),
        ["shortname"] = AttackDataBuilder.Text(t.AsObject(), "shortname"),
        ["name"] = AttackDataBuilder.Text(t.AsObject(), "name"),
    }).ToArray());
}
