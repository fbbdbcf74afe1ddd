using Ttpcov.Core.Rules;
using static Ttpcov.Core.Tests.Rules.LadderCase;

namespace Ttpcov.Core.Tests.Rules;

public class EvidenceLadderTests
{
    [Fact]
    public void Each_rung_is_reached_by_exactly_its_own_evidence()
    {
        var result = Run(
            KbOf(("T1052", 3), ("T1567", 2), ("T1213", 2), ("T1565", 3)),
            [Alert("a1", "[\"T1052\"]")],
            Rule("enabled-exfil", "T1567.002"),
            Rule("template-repo", "T1213", enabled: false, template: true));

        Assert.Equal(EvidenceRung.Alerted, Ladder(result, "T1052").Rung);
        var silent = Ladder(result, "T1567");
        Assert.Equal(EvidenceRung.EnabledSilent, silent.Rung);
        Assert.Equal(["enabled-exfil"], silent.EnabledRules.Select(r => r.Id));
        var template = Ladder(result, "T1213");
        Assert.Equal(EvidenceRung.TemplateAvailable, template.Rung);
        Assert.Equal("Office365 (OfficeActivity)", Assert.Single(Assert.Single(template.Templates).RequiredConnectors).ToString());
        var none = Ladder(result, "T1565");
        Assert.Equal(EvidenceRung.NoDetection, none.Rung);
        Assert.Contains("File Modification", none.DataComponents);
        Assert.Equal(1, result.Techniques.Single(t => t.Id.ToString() == "T1052").Evidence.AlertCount);
        Assert.Equal([1, 1, 1, 1], Enum.GetValues<EvidenceRung>().Select(r => result.Rules!.Count(r)));
    }

    [Fact]
    public void The_worked_example_of_docs_coverage_md_section_7_holds()
    {
        var result = Run(
            KbOf(("T1052", 3), ("T1567", 2), ("T1213", 2), ("T1565.001", 3)),
            [Alert("a1", "[\"T1052\"]")],
            Rule("exfil", "T1567.002"), Rule("repo", "T1213", enabled: false, template: true), Rule("parent", "T1565"));

        Assert.Equal(
            [EvidenceRung.Alerted, EvidenceRung.EnabledSilent, EvidenceRung.TemplateAvailable, EvidenceRung.NoDetection],
            new[] { "T1052", "T1567", "T1213", "T1565.001" }.Select(id => Ladder(result, id).Rung));
        Assert.Equal(["File Creation", "File Deletion", "File Metadata", "File Modification"], Ladder(result, "T1565.001").DataComponents);
    }

    [Fact]
    public void A_rule_tagged_with_the_parent_only_does_not_cover_a_kb_sub_technique()
    {
        var result = Run(KbOf(("T1567.002", 1), ("T1078", 2)), [], Rule("parent-only", "T1567"), Rule("sub", "T1078.004"));

        Assert.Equal(EvidenceRung.NoDetection, Ladder(result, "T1567.002").Rung);
        Assert.Equal(EvidenceRung.EnabledSilent, Ladder(result, "T1078").Rung);
    }

    [Fact]
    public void Disabled_rules_never_count_as_enabled_and_are_listed_to_switch_on()
    {
        var result = Run(KbOf(("T1567", 2)), [], Rule("off", "T1567", enabled: false));

        var ladder = Ladder(result, "T1567");
        Assert.Equal(EvidenceRung.NoDetection, ladder.Rung);
        Assert.Empty(ladder.EnabledRules);
        Assert.Equal(["off"], ladder.DisabledRules.Select(r => r.Id));
    }

    [Fact]
    public void A_template_never_lifts_a_technique_above_template_available_and_an_enabled_rule_wins_over_it()
    {
        var result = Run(KbOf(("T1567", 2), ("T1213", 2)), [],
            Rule("t1", "T1567", enabled: true, template: true), Rule("t2", "T1213", template: true), Rule("r2", "T1213"));

        Assert.Equal(EvidenceRung.TemplateAvailable, Ladder(result, "T1567").Rung);
        Assert.Equal(EvidenceRung.EnabledSilent, Ladder(result, "T1213").Rung);
    }

    [Fact]
    public void Incident_creation_rules_are_listed_but_never_map_to_a_technique()
    {
        var incident = Rule("mcas", "T1567", kind: AnalyticRule.IncidentCreationKind);
        var result = Run(KbOf(("T1567", 2)), [], incident);

        Assert.Equal(EvidenceRung.NoDetection, Ladder(result, "T1567").Rung);
        Assert.Equal(1, result.Rules!.RuleSet.IncidentCreationRules);
        Assert.Equal(0, result.Rules.RuleSet.EnabledRules);
    }

    [Fact]
    public void Rule_ids_are_mapped_onto_the_target_version_like_alert_ids_and_unknown_ones_are_reported()
    {
        // T1574.002 (DLL Side-Loading) is revoked by T1574.001 in 18.1; v19's T1685 maps back to T1562.001; T0853 is ICS.
        var result = Run(KbOf(("T1574.001", 1), ("T1562", 2)), [], Rule("retired", "T1574.002"), Rule("newer", "T1685"), Rule("ics", "T0853"));

        Assert.Equal(["retired"], Ladder(result, "T1574.001").EnabledRules.Select(r => r.Id));
        Assert.Equal(["newer"], Ladder(result, "T1562").EnabledRules.Select(r => r.Id));
        var unknown = Assert.Single(result.Rules!.UnknownToTarget);
        Assert.Equal("T0853", unknown.Value);
        Assert.Equal(1, unknown.Alerts);
        Assert.Equal("ics.yaml", unknown.FirstSeenAt);
    }

    [Fact]
    public void An_alerted_technique_stays_alerted_and_still_names_its_enabled_rules()
    {
        var result = Run(KbOf(("T1567", 2)), [Alert("a1", "[\"T1567.002\"]")], Rule("exfil", "T1567"));

        var ladder = Ladder(result, "T1567");
        Assert.Equal(EvidenceRung.Alerted, ladder.Rung);
        Assert.Equal(["exfil"], ladder.EnabledRules.Select(r => r.Id));
    }
}
