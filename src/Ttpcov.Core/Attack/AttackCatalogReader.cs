using System.Text.Json;

namespace Ttpcov.Core.Attack;

/// <summary>
/// Reads ttpcov's compact ATT&amp;CK schema (the embedded <c>attack-enterprise-X.json</c> files written by
/// tools/Ttpcov.DataGen): version, domain, source, tactics in matrix order and every technique.
/// </summary>
public static class AttackCatalogReader
{
    public static AttackCatalog Read(Stream stream, string inputName)
    {
        var input = new JsonInput(inputName);
        using var document = input.Parse(stream);
        var root = document.RootElement;

        var tactics = input.Array(root, "tactics").EnumerateArray()
            .Select(t => new AttackTactic(input.String(t, "id"), input.String(t, "shortname"), input.String(t, "name")))
            .ToList();

        var techniques = new List<AttackTechnique>();
        foreach (var element in input.Array(root, "techniques").EnumerateArray())
        {
            techniques.Add(ReadTechnique(input, element));
        }

        if (techniques.Count == 0)
        {
            throw input.Fail("holds no techniques");
        }

        return new AttackCatalog(input.String(root, "version"), input.String(root, "source"), tactics, techniques);
    }

    private static AttackTechnique ReadTechnique(JsonInput input, JsonElement element)
    {
        TechniqueId? revokedBy = JsonInput.OptionalString(element, "revokedBy") is { } text
            ? TechniqueId.TryParse(text, out var id) ? id : throw input.Fail($"revokedBy '{text}' is not a technique ID")
            : null;
        return new AttackTechnique(
            input.Id(element, "id"),
            input.String(element, "name"),
            input.Strings(element, "tactics"),
            JsonInput.Flag(element, "deprecated"),
            revokedBy,
            input.Strings(element, "dataComponents"));
    }
}
