using Ttpcov.TestSupport;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// The rule files mutation starts from, per reader: the synthetic files under Seeds/&lt;reader&gt;/ (every shape the
/// readers know, plus alias bombs and deep nesting), and real files under shared/samples/rules when present (the
/// large content-hub packages only in the long pass).
/// </summary>
public static class RuleSeeds
{
    private const string Exports = "rules/Azure__Azure-Sentinel__json-exports/";

    private const string MitreUseCases = "rules/microsoft__sentinel-as-code/Sentinel/mitre-use-cases/AzureActiveDirectory/AnalyticsRules/";

    private static readonly Dictionary<string, string[]> Small = new()
    {
        ["rule-yaml"] =
        [
            "rules/noodlemctwoodle__Sentinel-As-Code/Content/AnalyticalRules/Usage/NewDataSourceAddedToDcr.yaml",
            MitreUseCases + "AttempttoLoginwithDisabledAccount.analytics.rule.yaml",
        ],
        ["rule-json"] =
        [
            Exports + "Tools/ARM-Templates/AnalyticsRules/FusionRule/FusionRule.json",
            Exports + "Tools/ARM-Templates/AnalyticsRules/MicrosoftRule/MicrosoftRule.json",
            Exports + "Tools/ARM-Templates/AnalyticsRules/ScheduledRule/ScheduledRule.json",
            Exports + "Solutions/Training/Azure-Sentinel-Training-Lab/Artifacts/LinkedTemplates/alertRules.json",
        ],
        ["rule-manifest"] = [MitreUseCases + "LoginattemptbyBlockedMFAuser.mitre.manifest.json"],
    };

    private static readonly Dictionary<string, string[]> Large = new()
    {
        ["rule-json"] =
        [
            Exports + "Solutions/SentinelOne/Package/mainTemplate.json",
            Exports + "Solutions/Okta Single Sign-On/Package/mainTemplate.json",
            Exports + "Solutions/SAP/Analytics/Alerts/Scheduled.json",
        ],
    };

    public static IReadOnlyList<string> Readers { get; } = ["rule-yaml", "rule-json", "rule-manifest"];

    public static IReadOnlyList<byte[]> For(string reader)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds", reader);
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        if (SharedData.Root is { } root)
        {
            var samples = Small.GetValueOrDefault(reader, []).Concat(FuzzBudget.IsLongPass ? Large.GetValueOrDefault(reader, []) : []);
            files.AddRange(samples.Select(p => Path.Combine(root, "samples", p)).Where(File.Exists));
        }

        return files.Select(File.ReadAllBytes).ToList();
    }
}
