using System.Text;
using System.Text.Json.Nodes;

namespace Ttpcov.TestSupport;

/// <summary>
/// A small Enterprise STIX bundle written by hand: a matrix with 3 tactics (listed out of matrix order in the
/// objects), a technique, a sub-technique, a revoked technique with its revoked-by relationship, a deprecated one,
/// and detection under either the ≤ v17 model (data component detects) or the v18 model (detection strategy).
/// </summary>
public static class SyntheticBundle
{
    public static JsonObject Build(bool v18Detection, string? collectionVersion = "15.1")
    {
        var objects = new JsonArray
        {
            Tactic("tactic-c", "TA0010", "exfiltration", "Exfiltration"),
            Tactic("tactic-a", "TA0001", "initial-access", "Initial Access"),
            Tactic("tactic-b", "TA0005", "defense-evasion", "Defense Evasion"),
            new JsonObject { ["type"] = "x-mitre-matrix", ["id"] = "x-mitre-matrix--old", ["x_mitre_deprecated"] = true, ["tactic_refs"] = new JsonArray("x-mitre-tactic--tactic-c") },
            new JsonObject { ["type"] = "x-mitre-matrix", ["id"] = "x-mitre-matrix--m", ["tactic_refs"] = new JsonArray("x-mitre-tactic--tactic-a", "x-mitre-tactic--tactic-b", "x-mitre-tactic--tactic-c") },
            Pattern("usb", "T1052", "Exfiltration Over Physical Medium", ["exfiltration"]),
            Pattern("usb1", "T1052.001", "Exfiltration over USB", ["exfiltration"]),
            Pattern("valid", "T1078", "Valid Accounts", ["exfiltration", "initial-access", "defense-evasion"]),
            Pattern("old", "T1089", "Disabling Security Tools", ["defense-evasion"], revoked: true),
            Pattern("gone", "T1043", "Commonly Used Port", ["exfiltration"], deprecated: true),
            Relationship("revoked-by", "attack-pattern--old", "attack-pattern--valid"),
            new JsonObject { ["type"] = "x-mitre-data-component", ["id"] = "x-mitre-data-component--drive", ["name"] = "Drive Creation" },
        };
        if (v18Detection)
        {
            objects.Add(new JsonObject { ["type"] = "x-mitre-analytic", ["id"] = "x-mitre-analytic--an", ["x_mitre_log_source_references"] = new JsonArray(new JsonObject { ["x_mitre_data_component_ref"] = "x-mitre-data-component--drive", ["name"] = "WinEventLog" }) });
            objects.Add(new JsonObject { ["type"] = "x-mitre-detection-strategy", ["id"] = "x-mitre-detection-strategy--det", ["x_mitre_analytic_refs"] = new JsonArray("x-mitre-analytic--an") });
            objects.Add(Relationship("detects", "x-mitre-detection-strategy--det", "attack-pattern--usb1"));
        }
        else
        {
            objects.Add(Relationship("detects", "x-mitre-data-component--drive", "attack-pattern--usb1"));
        }

        if (collectionVersion is not null)
        {
            objects.Add(new JsonObject { ["type"] = "x-mitre-collection", ["id"] = "x-mitre-collection--c", ["x_mitre_version"] = collectionVersion, ["x_mitre_attack_spec_version"] = "3.2.0" });
        }

        return new JsonObject { ["type"] = "bundle", ["id"] = "bundle--b", ["objects"] = objects };
    }

    public static MemoryStream Stream(JsonNode bundle) => new(Encoding.UTF8.GetBytes(bundle.ToJsonString()));

    private static JsonObject Tactic(string key, string id, string shortName, string name) => new()
    {
        ["type"] = "x-mitre-tactic",
        ["id"] = "x-mitre-tactic--" + key,
        ["name"] = name,
        ["x_mitre_shortname"] = shortName,
        ["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "mitre-attack", ["external_id"] = id }),
    };

    private static JsonObject Pattern(string key, string id, string name, string[] phases, bool revoked = false, bool deprecated = false) => new()
    {
        ["type"] = "attack-pattern",
        ["id"] = "attack-pattern--" + key,
        ["name"] = name,
        ["revoked"] = revoked,
        ["x_mitre_deprecated"] = deprecated,
        ["kill_chain_phases"] = new JsonArray([.. phases.Select(p => (JsonNode)new JsonObject { ["kill_chain_name"] = "mitre-attack", ["phase_name"] = p })]),
        ["external_references"] = new JsonArray(
            new JsonObject { ["source_name"] = "capec", ["external_id"] = "CAPEC-1" },
            new JsonObject { ["source_name"] = "mitre-attack", ["external_id"] = id }),
    };

    private static JsonObject Relationship(string type, string source, string target) => new()
    {
        ["type"] = "relationship",
        ["id"] = $"relationship--{type}-{source}-{target}",
        ["relationship_type"] = type,
        ["source_ref"] = source,
        ["target_ref"] = target,
    };
}
