using System.Text.Json;

namespace Ttpcov.Core.Attack;

/// <summary>The objects of one STIX bundle indexed by STIX id and by type, plus the current relationships.</summary>
internal sealed class StixObjects
{
    private readonly Dictionary<string, JsonElement> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonElement>> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _revokedBy = new(StringComparer.Ordinal);

    public StixObjects(JsonInput input, JsonElement objects)
    {
        var index = 0;
        foreach (var item in objects.EnumerateArray())
        {
            var type = JsonInput.OptionalString(item, "type") ?? throw input.Fail("an object has no \"type\"", $"objects[{index}]");
            var id = JsonInput.OptionalString(item, "id") ?? throw input.Fail("an object has no \"id\"", $"objects[{index}]");
            _byId[id] = item;
            if (!_byType.TryGetValue(type, out var list))
            {
                list = [];
                _byType[type] = list;
            }

            list.Add(item);
            index++;
        }

        foreach (var relationship in Relationships("revoked-by"))
        {
            _revokedBy[relationship.Source] = relationship.Target;
        }
    }

    public JsonElement? Get(string id) => _byId.TryGetValue(id, out var element) ? element : null;

    public IEnumerable<JsonElement> OfType(string type) => _byType.TryGetValue(type, out var list) ? list : [];

    /// <summary>Relationships of one type that are neither revoked nor deprecated, as (source, target) STIX ids.</summary>
    public IEnumerable<(string Source, string Target)> Relationships(string relationshipType) =>
        OfType("relationship")
            .Where(r => JsonInput.OptionalString(r, "relationship_type") == relationshipType && IsCurrent(r))
            .Select(r => (JsonInput.OptionalString(r, "source_ref") ?? "", JsonInput.OptionalString(r, "target_ref") ?? ""));

    /// <summary>The technique ID that replaced a revoked attack-pattern, or null when no revoked-by relationship names one.</summary>
    public TechniqueId? RevokedBy(string stixId) =>
        _revokedBy.TryGetValue(stixId, out var target) && Get(target) is { } replacement ? TechniqueId(replacement) : null;

    /// <summary>The <c>external_id</c> of the object's <c>mitre-attack</c> external reference.</summary>
    public string? ExternalId(JsonElement element)
    {
        if (!element.TryGetProperty("external_references", out var references) || references.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return references.EnumerateArray()
            .Where(r => JsonInput.OptionalString(r, "source_name") == "mitre-attack")
            .Select(r => JsonInput.OptionalString(r, "external_id"))
            .FirstOrDefault(id => id is not null);
    }

    public TechniqueId? TechniqueId(JsonElement element) =>
        Attack.TechniqueId.TryParse(ExternalId(element), out var id) ? id : null;

    public static bool IsCurrent(JsonElement element) =>
        !JsonInput.Flag(element, "revoked") && !JsonInput.Flag(element, "x_mitre_deprecated");
}
