using System.Text.Json;

namespace Ttpcov.Core.Attack;

/// <summary>Reads the embedded remap schema (<c>attack-enterprise-19.0-remap.json</c> written by tools/Ttpcov.DataGen).</summary>
public static class AttackRemapReader
{
    public static AttackRemap Read(Stream stream, string inputName)
    {
        var input = new JsonInput(inputName);
        using var document = input.Parse(stream);
        var root = document.RootElement;

        var revocations = input.Array(root, "revocations").EnumerateArray()
            .Select(r => new AttackRevocation(input.Id(r, "id"), input.String(r, "name"), input.Id(r, "revokedBy"), JsonInput.OptionalString(r, "revokedByName")))
            .ToList();
        var added = input.Array(root, "added").EnumerateArray()
            .Select(a => TechniqueId.TryParse(a.ValueKind == JsonValueKind.String ? a.GetString() : null, out var id) ? id : throw input.Fail($"added ID '{a}' is not a technique ID"))
            .ToList();
        if (revocations.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw input.Fail($"revokes {twice.Key} more than once");
        }

        return new AttackRemap(
            input.String(root, "from"),
            input.String(root, "to"),
            input.String(root, "source"),
            revocations,
            added,
            Tactics(input, root, "tacticsRemoved"),
            Tactics(input, root, "tacticsAdded"));
    }

    private static List<AttackTactic> Tactics(JsonInput input, JsonElement root, string property) =>
        root.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(t => new AttackTactic(input.String(t, "id"), input.String(t, "shortname"), input.String(t, "name"))).ToList()
            : [];
}
