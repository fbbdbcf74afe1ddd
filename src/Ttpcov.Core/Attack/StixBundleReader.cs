using System.Text.Json;

namespace Ttpcov.Core.Attack;

/// <summary>
/// Reads an Enterprise ATT&amp;CK STIX 2.x bundle (<c>enterprise-attack.json</c> of any release, tens of MB) into an
/// <see cref="AttackCatalog"/>: every attack-pattern with its mitre-attack ID, name, tactics (in matrix order),
/// deprecation, revocation (through <c>revoked-by</c> relationships) and data components (both the ≤ v17
/// <c>detects</c> model and the v18 detection-strategy model), and the tactics in the order of the matrix.
/// <para>
/// The release comes from the <c>x-mitre-collection</c> object's <c>x_mitre_version</c> (attack-stix-data bundles
/// carry one). <c>x_mitre_attack_spec_version</c> and per-object <c>x_mitre_version</c> are versions of the format and
/// of each object, not of the release, so they are never used; a bundle without a collection (mitre/cti's) needs the
/// caller's <c>versionOverride</c>, and an override always wins.
/// </para>
/// A revoked attack-pattern without a <c>revoked-by</c> relationship has no successor and is kept as deprecated.
/// </summary>
public static class StixBundleReader
{
    public static AttackCatalog Read(Stream stream, string inputName, string? versionOverride = null)
    {
        var input = new JsonInput(inputName);
        using var document = input.Parse(stream);
        return Build(input, document.RootElement, versionOverride);
    }

    public static async Task<AttackCatalog> ReadAsync(Stream stream, string inputName, string? versionOverride = null, CancellationToken cancellationToken = default)
    {
        var input = new JsonInput(inputName);
        using var document = await input.ParseAsync(stream, cancellationToken);
        return Build(input, document.RootElement, versionOverride);
    }

    private static AttackCatalog Build(JsonInput input, JsonElement root, string? versionOverride)
    {
        if (root.ValueKind != JsonValueKind.Object || JsonInput.OptionalString(root, "type") != "bundle")
        {
            throw input.Fail("not a STIX bundle (expected an object with \"type\": \"bundle\")");
        }

        var objects = new StixObjects(input, input.Array(root, "objects"));
        var version = string.IsNullOrWhiteSpace(versionOverride) ? CollectionVersion(input, objects) : versionOverride.Trim();
        var tactics = Tactics(input, objects);
        var order = tactics.Select(t => t.ShortName).ToList();
        var dataComponents = StixDataComponents.ByAttackPattern(objects);

        var techniques = new List<AttackTechnique>();
        foreach (var pattern in objects.OfType("attack-pattern"))
        {
            if (objects.TechniqueId(pattern) is not { } id)
            {
                continue;
            }

            var stixId = input.String(pattern, "id");
            var revoked = JsonInput.Flag(pattern, "revoked");
            var successor = revoked ? objects.RevokedBy(stixId) : null;
            var tacticNames = Phases(pattern).Distinct().OrderBy(t => order.IndexOf(t) is var i and >= 0 ? i : int.MaxValue).ToList();
            var components = dataComponents.TryGetValue(stixId, out var set) ? set.ToList() : [];
            techniques.Add(new AttackTechnique(id, input.String(pattern, "name"), tacticNames,
                JsonInput.Flag(pattern, "x_mitre_deprecated") || (revoked && successor is null), successor, components));
        }

        if (techniques.Count == 0)
        {
            throw input.Fail("holds no attack-pattern with a mitre-attack technique ID");
        }

        return new AttackCatalog(version, $"{input.Name} (STIX bundle, ATT&CK {version})", tactics, techniques);
    }

    private static string CollectionVersion(JsonInput input, StixObjects objects) =>
        objects.OfType("x-mitre-collection").Select(c => JsonInput.OptionalString(c, "x_mitre_version")).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
        ?? throw input.Fail("has no x-mitre-collection object stating the ATT&CK release (x_mitre_version); give the version explicitly");

    private static List<AttackTactic> Tactics(JsonInput input, StixObjects objects)
    {
        var matrix = objects.OfType("x-mitre-matrix").FirstOrDefault(StixObjects.IsCurrent);
        if (matrix.ValueKind != JsonValueKind.Object)
        {
            throw input.Fail("has no current x-mitre-matrix object, so the tactic order is unknown");
        }

        var tactics = new List<AttackTactic>();
        foreach (var reference in input.Strings(matrix, "tactic_refs"))
        {
            var tactic = objects.Get(reference) ?? throw input.Fail($"the matrix refers to {reference}, which the bundle does not hold");
            tactics.Add(new AttackTactic(objects.ExternalId(tactic) ?? "", input.String(tactic, "x_mitre_shortname"), input.String(tactic, "name")));
        }

        return tactics;
    }

    private static IEnumerable<string> Phases(JsonElement pattern)
    {
        if (!pattern.TryGetProperty("kill_chain_phases", out var phases) || phases.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var phase in phases.EnumerateArray())
        {
            if (JsonInput.OptionalString(phase, "kill_chain_name") == "mitre-attack" && JsonInput.OptionalString(phase, "phase_name") is { } name)
            {
                yield return name;
            }
        }
    }
}
