using Ttpcov.Core.Attack;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Tests.Rules;

public class RealRuleSetTests
{
    [Fact]
    public void Azure_sentinel_detections_read_as_426_templates_and_the_8_moved_stubs_are_reported_by_name()
    {
        var set = RuleFiles.Sample("Azure__Azure-Sentinel/Detections");

        Assert.Equal(426, set.Rules.Count);
        Assert.Equal(426, set.Templates);
        Assert.Equal([("Scheduled", 406), ("NRT", 20)], set.CountsByKind());
        Assert.Equal(344, set.Rules.Count(r => r.Techniques.Count > 0));
        Assert.Equal(8, set.Problems.Count);
        Assert.All(set.Problems, p => Assert.Contains("stub without query or kind", p.Message));
        Assert.Contains(set.Problems, p => p.Path == "SecurityAlert/AVTarrask.yaml");
        Assert.Contains(set.Problems, p => p.Path == "MultipleDataSources/SUNSPOTHashes.yaml");
        var usb = set.Rules.Single(r => r.Source == "SecurityAlert/Massdownload_USBFileCopy.yaml");
        Assert.Equal([TechniqueId.Parse("T1052")], usb.Techniques);
        Assert.Contains(usb.RequiredConnectors, c => c.ConnectorId == "MicrosoftCloudAppSecurity" && c.DataTypes.Contains("SecurityAlert"));
        Assert.Contains(set.Rules, r => r.Techniques.Contains(TechniqueId.Parse("T0853")));
    }

    [Fact]
    public void Recent_samples_read_scalar_tactics_and_techniques_and_sub_techniques_in_relevant_techniques()
    {
        var set = RuleFiles.Sample("Azure__Azure-Sentinel__recent-samples");

        Assert.Equal(3, set.Rules.Count);
        Assert.Empty(set.Problems);
        var rmm = set.Rules.Single(r => r.Id == "1525a733-192f-41f2-96ba-d3f631ca00d0");
        Assert.Equal([TechniqueId.Parse("T1219")], rmm.Techniques);
        Assert.Equal(["command-and-control"], rmm.Tactics.Select(t => t.ShortName));
        Assert.Equal([TechniqueId.Parse("T1078.004")], set.Rules.Single(r => r.Kind == "NRT").Techniques);
    }

    [Fact]
    public void Json_exports_read_arm_templates_content_hub_packages_and_az_powershell_exports()
    {
        var set = RuleFiles.Sample("Azure__Azure-Sentinel__json-exports");

        Assert.Empty(set.Problems);
        Assert.Equal(48, set.Rules.Count);
        Assert.Equal((33, 3, 11, 1), (set.EnabledRules, set.DisabledRules, set.Templates, set.IncidentCreationRules));
        Assert.Equal(28, set.Rules.Count(r => r.Source == "Solutions/SAP/Analytics/Alerts/Scheduled.json"));
        var sentinelOne = set.Rules.Single(r => r.Name == "Sentinel One - Admin login from new location");
        Assert.True(sentinelOne.IsTemplate);
        Assert.Equal("382f37b3-b49a-492f-b436-a4717c8c5c3e", sentinelOne.Id);
        Assert.Equal("SentinelOne (SentinelOne)", Assert.Single(sentinelOne.RequiredConnectors).ToString());
        var okta = set.Rules.Where(r => r.Source.Contains("Okta", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, okta.Count);
        Assert.All(okta, r => Assert.Equal("disabled", r.Role));
        var fusion = set.Rules.Single(r => r.Kind == "Fusion");
        Assert.Equal("f71aba3d-28fb-450b-b192-4e76a83015c8", fusion.TemplateId);
        Assert.True(fusion.IsEnabledRule);
    }

    [Fact]
    public void Sentinel_as_code_merges_manifest_side_cars_and_reports_the_orphan_and_the_duplicate()
    {
        var set = RuleFiles.Sample("microsoft__sentinel-as-code/Sentinel/mitre-use-cases");

        Assert.Equal(63, set.Rules.Count);
        Assert.Equal(5, set.IncidentCreationRules);
        Assert.Equal(46, set.Rules.Count(r => r.Techniques.Count > 0));
        var problem = Assert.Single(set.Problems);
        Assert.EndsWith("SQLSign-SQLSign-ineventfromunfamiliarlocation.mitre.manifest.json", problem.Path, StringComparison.Ordinal);
        var duplicate = Assert.Single(set.Duplicates);
        Assert.Equal("4ff141aa-ffae-4d58-a554-539b1ac386a7", duplicate.Id);
        var sql = set.Rules.Single(r => r.Source.EndsWith("SQLSign-ineventfromasuspiciousIP.analytics.rule.yaml", StringComparison.Ordinal));
        Assert.Equal(["T1078.001", "T1078.004"], sql.Techniques.Select(t => t.ToString()));
    }

    [Fact]
    public void Noodlemctwoodle_reads_199_rules_keeps_rules_that_share_an_id_and_reports_the_non_rule_json()
    {
        var set = RuleFiles.Sample("noodlemctwoodle__Sentinel-As-Code/Content/AnalyticalRules");

        Assert.Equal(199, set.Rules.Count);
        Assert.Equal(13, set.Problems.Count);
        Assert.Equal(12, set.Problems.Count(p => p.Message.Contains("is also used by a different rule", StringComparison.Ordinal)));
        Assert.Contains(set.Problems, p => p.Path == "Community/Dalonso/import-manifest.json");
        Assert.Equal(2, set.Rules.Count(r => r.Id == "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
        var tailscale = set.Rules.Single(r => r.Source == "Custom/ChangeWasMadeToTailscale.yaml");
        Assert.Contains(TechniqueId.Parse("T1562.001"), tailscale.Techniques);
    }

    [Fact]
    public void The_same_rule_id_in_two_folders_is_kept_once_and_the_report_says_which()
    {
        var builder = new RuleSetBuilder();
        foreach (var folder in new[] { "Azure__Azure-Sentinel/Detections", "Azure__Azure-Sentinel__recent-samples" })
        {
            var set = RuleFiles.Sample(folder);
            foreach (var rule in set.Rules)
            {
                builder.Add(rule with { Source = folder + "/" + rule.Source });
            }
        }

        var both = builder.Build();
        var duplicate = Assert.Single(both.Duplicates, d => d.Id == "5db427b2-f406-4274-b413-e9fcb29412f8");
        Assert.StartsWith("Azure__Azure-Sentinel/Detections/", duplicate.KeptSource, StringComparison.Ordinal);
        Assert.StartsWith("Azure__Azure-Sentinel__recent-samples/", duplicate.DroppedSource, StringComparison.Ordinal);
        Assert.Single(both.Rules, r => r.Id == "5db427b2-f406-4274-b413-e9fcb29412f8");
    }
}
