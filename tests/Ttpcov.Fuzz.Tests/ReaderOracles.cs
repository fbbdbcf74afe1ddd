namespace Ttpcov.Fuzz.Tests;

/// <summary>The oracle of each reader, by the name of its folder under Regressions/ and Seeds/.</summary>
public static class ReaderOracles
{
    public static Action<byte[]> For(string reader) => reader switch
    {
        "alerts" => input => AlertOracle.Check(input),
        "extended-properties" => ExtractorOracle.Check,
        "kb-layer" => ReferenceOracle.KbLayer,
        "kb-csv" => ReferenceOracle.KbCsv,
        "kb-embedded" => ReferenceOracle.KbEmbedded,
        "stix" => ReferenceOracle.Stix,
        "attack-catalog" => ReferenceOracle.Catalog,
        "attack-remap" => ReferenceOracle.Remap,
        "rule-yaml" => RuleOracle.Yaml,
        "rule-json" => RuleOracle.Json,
        "rule-manifest" => RuleOracle.Manifest,
        _ => throw new ArgumentException($"no oracle for '{reader}'", nameof(reader)),
    };
}
