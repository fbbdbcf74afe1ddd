using System.Text;
using System.Text.Json.Nodes;
using Ttpcov.Core.Rules;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Rules;

public class RuleReaderTests
{
    private const string Yaml = "id: 11111111-0000-0000-0000-000000000001\nname: Mass download\nkind: Scheduled\nquery: OfficeActivity\n";

    private static AnalyticRule One(string path, string content, RuleRole role = RuleRole.Auto)
    {
        var set = RuleFiles.Read(role, RuleFiles.Text(path, content));
        Assert.Empty(set.Problems);
        return Assert.Single(set.Rules);
    }

    [Theory]
    [InlineData("relevantTechniques:\n  - T1567.002\n  - T1213\n")]
    [InlineData("relevantTechniques: T1567.002, T1213\n")]
    [InlineData("relevantTechniques: [T1213, \"T1567.002\"]\n")]
    public void Relevant_techniques_read_as_a_list_a_scalar_or_a_flow_sequence(string field)
    {
        var rule = One("r.yaml", Yaml + field + "tactics: Exfiltration\n");

        Assert.Equal(["T1213", "T1567.002"], rule.Techniques.Select(t => t.ToString()));
        Assert.Equal(["exfiltration"], rule.Tactics.Select(t => t.ShortName));
        Assert.True(rule.IsTemplate);
        Assert.False(rule.Enabled);
    }

    [Theory]
    [InlineData("relevantTechniques:\n")]
    [InlineData("relevantTechniques: # none\n")]
    [InlineData("relevantTechniques: null\n")]
    [InlineData("relevantTechniques: ~\n")]
    [InlineData("relevantTechniques: []\n")]
    public void Absent_null_commented_or_empty_techniques_read_as_none(string field)
    {
        var rule = One("r.yaml", Yaml + field);

        Assert.Empty(rule.Techniques);
        Assert.Empty(rule.UnrecognisedTechniques);
    }

    [Fact]
    public void A_bom_crlf_and_tabs_inside_text_do_not_stop_a_yaml_rule()
    {
        var text = "id: 11111111-0000-0000-0000-000000000002\r\nname: Tabbed\r\ndescription: |\r\n  \tindented with a tab\r\nkind: NRT\r\nquery: x\r\nrelevantTechniques:\r\n- T1052\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var set = RuleFiles.Read(RuleRole.Auto, RuleFiles.Bytes("bom.yaml", bytes));

        var rule = Assert.Single(set.Rules);
        Assert.Equal(("11111111-0000-0000-0000-000000000002", "NRT", "T1052"), (rule.Id, rule.Kind, rule.Techniques.Single().ToString()));
    }

    [Fact]
    public void Values_that_are_not_technique_ids_are_kept_as_unrecognised()
    {
        var rule = One("r.yaml", Yaml + "relevantTechniques:\n- T1078\n- TA0001\n- T114\n");

        Assert.Equal(["TA0001", "T114"], rule.UnrecognisedTechniques);
    }

    [Fact]
    public void Broken_files_are_reported_by_name_and_the_others_are_read()
    {
        var set = RuleFiles.Read(RuleRole.Auto,
            RuleFiles.Text("a/good.yaml", Yaml),
            RuleFiles.Text("a/broken.yaml", "id: x\nname: [unclosed\n"),
            RuleFiles.Text("a/broken.json", "{\"resources\": [ {"),
            RuleFiles.Text("a/stub.yaml", "id: 2\nname: moved\ndescription: moved elsewhere\n"),
            RuleFiles.Text("a/readme.txt", "hello"),
            RuleFiles.Bytes("a/binary.yaml", [0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28]));

        Assert.Equal("Mass download", Assert.Single(set.Rules).Name);
        Assert.Equal(["a/binary.yaml", "a/broken.json", "a/broken.yaml", "a/readme.txt", "a/stub.yaml"], set.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pascal_case_rules_take_techniques_from_their_manifest_side_car()
    {
        var set = RuleFiles.Read(RuleRole.Auto,
            RuleFiles.Text("x/Rule.analytics.rule.yaml", "Id: 22222222-0000-0000-0000-000000000001\nDisplayName: Pascal\nEnabled: true\nKind: Scheduled\nQuery: x\nTactics: []\n"),
            RuleFiles.Text("x/Rule.mitre.manifest.json", "[{\"Tactic\": \"Initial Access\", \"Techniques\": [\"T1078.004\"]}]"));

        var rule = Assert.Single(set.Rules);
        Assert.Equal(("22222222-0000-0000-0000-000000000001", "Pascal", "T1078.004"), (rule.Id, rule.Name, rule.Techniques.Single().ToString()));
        Assert.True(rule.IsTemplate);
        Assert.True(RuleFiles.Read(RuleRole.Enabled, RuleFiles.Text("x/Rule.analytics.rule.yaml", "Id: 1\nDisplayName: P\nKind: Scheduled\nQuery: x\n")).Rules.Single().IsEnabledRule);
    }

    [Fact]
    public void An_arm_list_body_merges_techniques_and_sub_techniques_and_keeps_the_enabled_flag()
    {
        var body = """
            {"value":[
              {"id":"/subscriptions/s/resourceGroups/g/providers/Microsoft.OperationalInsights/workspaces/w/providers/Microsoft.SecurityInsights/alertRules/r1",
               "name":"r1","type":"Microsoft.SecurityInsights/alertRules","kind":"NRT",
               "properties":{"displayName":"One","enabled":false,"techniques":["T1567"],"subTechniques":["T1567.002"],"alertRuleTemplateName":"t-1"}},
              {"name":"mcas","type":"Microsoft.SecurityInsights/alertRules","kind":"MicrosoftSecurityIncidentCreation","properties":{"displayName":"Two","enabled":true}}
            ]}
            """;

        var set = RuleFiles.Read(RuleRole.Auto, RuleFiles.Text("list.json", body));

        var one = set.Rules[0];
        Assert.Equal(("r1", "NRT", "disabled", "t-1"), (one.Id, one.Kind, one.Role, one.TemplateId));
        Assert.Equal(["T1567", "T1567.002"], one.Techniques.Select(t => t.ToString()));
        Assert.StartsWith("/subscriptions/s/", one.Source, StringComparison.Ordinal);
        Assert.Equal("incident-creation", set.Rules[1].Role);
    }

    [Fact]
    public void The_rest_api_spec_examples_read_as_rules_and_templates()
    {
        const string Specs = "api-examples/Azure__azure-rest-api-specs/specification/securityinsights/resource-manager/Microsoft.SecurityInsights/";
        var rules = Body(SharedData.Sample(Specs + "stable/2024-09-01/examples/alertRules/GetAllAlertRules.json"));
        var templates = Body(SharedData.Sample(Specs + "stable/2024-09-01/examples/alertRuleTemplates/GetAlertRuleTemplates.json"));
        var nrt = Body(SharedData.Sample(Specs + "preview/2023-12-01-preview/examples/alertRules/GetNrtAlertRule.json"));

        var set = RuleFiles.Read(RuleRole.Auto, RuleFiles.Text("rules.json", rules), RuleFiles.Text("templates.json", templates), RuleFiles.Text("nrt.json", nrt));

        // The spec reuses one rule GUID for "My scheduled rule" and the NRT "Rule2": both are kept, the clash reported.
        Assert.Contains("is also used by a different rule", Assert.Single(set.Problems).Message, StringComparison.Ordinal);
        Assert.Contains(set.Rules, r => r.Kind == "NRT" && r.Techniques.Count > 0 && !r.IsTemplate);
        Assert.Contains(set.Rules, r => r.IsTemplate);
        Assert.Contains(set.Rules, r => r.IsIncidentCreation);
    }

    private static string Body(string path) => JsonNode.Parse(File.ReadAllText(path))!["responses"]!["200"]!["body"]!.ToJsonString();
}
