using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Kb;

namespace Ttpcov.Core.Tests.Coverage;

public class CoverageCalculatorTests
{
    private static readonly AttackCatalog Target = EmbeddedAttackData.Enterprise18_1;

    private static KnowledgeBase Kb(params (string Id, int? Tier)[] techniques) =>
        new("test KB", "1", "14.1", "test", "0000", [.. techniques.Select(t => new KbTechnique(TechniqueId.Parse(t.Id), t.Id, ["collection"], t.Tier))]);

    private static CoverageResult Calculate(KnowledgeBase kb, params AlertRecord[] rows)
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        foreach (var row in rows)
        {
            accumulator.Add(row);
        }

        var run = new CoverageRun(["test"], CoverageWindow.Whole, kb.Name, kb.Version, kb.Sha256, kb.AttackVersion, Target.Version, Target.Source, DateTimeOffset.UnixEpoch, "test");
        return CoverageCalculator.Calculate(accumulator.Build(), kb, Target, TechniqueResolver.ForEmbedded(Target), run);
    }

    private static AlertRecord Alert(string id, string techniques, string? sub = null, string? ep = null, string time = "2025-03-02T10:00:00Z", string name = "alert") =>
        new() { SystemAlertId = id, TimeGenerated = time, Techniques = techniques, SubTechniques = sub, ExtendedProperties = ep, AlertName = name, ProductName = "Product", Location = new RecordLocation("t", 1) };

    private static KbTechniqueCoverage Technique(CoverageResult result, string id) => result.Techniques.Single(t => t.Id.ToString() == id);

    [Fact]
    public void The_worked_example_of_docs_coverage_md_holds()
    {
        var result = Calculate(
            Kb(("T1078", 3), ("T1078.004", 2), ("T1567.002", 1)),
            Alert("A", "[\"T1078\"]"),
            Alert("B", "[\"T1078\",\"T1078.004\"]"),
            Alert("C", "[\"T1567\"]"));

        Assert.Equal(2, Technique(result, "T1078").Evidence.AlertCount);
        Assert.Equal(1, Technique(result, "T1078.004").Evidence.AlertCount);
        var exfil = Technique(result, "T1567.002");
        Assert.False(exfil.Covered);
        Assert.True(exfil.ParentOnly);
        Assert.Equal(1, exfil.ParentOnlyAlerts);
        Assert.Equal(2, result.Totals.Covered);
        Assert.Equal(200.0 / 3, result.Totals.Percent, 6);
        Assert.Equal(100.0 * 5 / 6, result.Totals.WeightedPercent, 6);
    }

    [Fact]
    public void A_sub_technique_covers_its_kb_parent_and_the_alert_counts_once()
    {
        var result = Calculate(Kb(("T1078", 3)), Alert("A", "[\"T1078\"]", "[\"T1078.004\"]"), Alert("B", "", "[\"T1078.002\"]"));

        var valid = Technique(result, "T1078");
        Assert.Equal(2, valid.Evidence.AlertCount);
        Assert.Equal(["T1078", "T1078.002", "T1078.004"], valid.Evidence.ObservedAs.Select(o => o.Name).Order());
    }

    [Fact]
    public void Duplicated_rows_of_one_alert_count_once_with_the_latest_rows_techniques()
    {
        var result = Calculate(
            Kb(("T1052", 3), ("T1005", 1)),
            Alert("A", "[\"T1005\"]", time: "2025-03-02T10:00:00Z"),
            Alert("A", "[\"T1052\"]", time: "2025-03-02T11:00:00Z"),
            Alert("A", "[\"T1052\"]", time: "2025-03-02T12:00:00Z"));

        Assert.Equal(1, Technique(result, "T1052").Evidence.AlertCount);
        Assert.False(Technique(result, "T1005").Covered);
        Assert.Equal(2, result.Alerts.DuplicateRows);
    }

    [Fact]
    public void An_attack_19_id_covers_the_technique_it_replaced_and_its_parent()
    {
        var result = Calculate(Kb(("T1562", 1), ("T1562.001", 1)), Alert("A", "", ep: "{\"MitreTechniques\":\"T1685\"}"));

        Assert.True(Technique(result, "T1562.001").Covered);
        Assert.True(Technique(result, "T1562").Covered);
        Assert.Equal("T1685", Assert.Single(Technique(result, "T1562.001").Evidence.ObservedAs).Name);
        Assert.Contains(result.Remapped, m => m.From == "T1685" && m.To == "T1562.001" && m.Alerts == 1);
    }

    [Fact]
    public void A_revoked_id_follows_its_chain_to_the_live_technique()
    {
        var result = Calculate(Kb(("T1562.001", 1)), Alert("A", "[\"T1089\"]"));

        Assert.True(Technique(result, "T1562.001").Covered);
        Assert.Contains(result.Remapped, m => m.From == "T1089" && m.To == "T1562.001");
    }

    [Fact]
    public void Ids_the_target_cannot_express_and_values_that_are_not_ids_are_reported_with_counts_and_cover_nothing()
    {
        var result = Calculate(
            Kb(("T1078", 3)),
            Alert("A", "[\"T0843\",\"T114\",\"N.A.\"]"),
            Alert("B", "[\"T0843\",\"T1043\"]"));

        Assert.Equal(0, result.Totals.Covered);
        Assert.Equal(2, result.UnknownToTarget.Single(u => u.Value == "T0843").Alerts);
        Assert.Contains(result.UnknownToTarget, u => u.Value == "T1043" && u.Reason.Contains("deprecated", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["N.A.", "T114"], result.Unrecognised.Select(u => u.Value).Order());
        Assert.Equal("t:1", result.Unrecognised[0].FirstSeenAt);
    }

    [Fact]
    public void Empty_and_malformed_technique_fields_leave_the_alert_counted_but_covering_nothing()
    {
        var result = Calculate(Kb(("T1078", 3)), Alert("A", ""), Alert("B", "[]"), Alert("C", "[\"T1078\"", ep: "{broken"));

        Assert.Equal(3, result.Alerts.UniqueAlerts);
        Assert.Equal(1, result.Alerts.AlertsWithTechniques);
        Assert.True(Technique(result, "T1078").Covered);
    }

    [Fact]
    public void Evidence_keeps_first_and_last_seen_names_and_products()
    {
        var result = Calculate(
            Kb(("T1005", 1)),
            Alert("A", "[\"T1005\"]", time: "2025-03-02T10:00:00Z", name: "one"),
            Alert("B", "[\"T1005\"]", time: "2025-03-05T10:00:00Z", name: "two"),
            Alert("C", "[\"T1005\"]", time: "2025-03-04T10:00:00Z", name: "two"));

        var evidence = Technique(result, "T1005").Evidence;
        Assert.Equal(DateTimeOffset.Parse("2025-03-02T10:00:00Z"), evidence.FirstSeen);
        Assert.Equal(DateTimeOffset.Parse("2025-03-05T10:00:00Z"), evidence.LastSeen);
        Assert.Equal([new CountedName("two", 2), new CountedName("one", 1)], evidence.AlertNames);
        Assert.Equal([new CountedName("Product", 3)], evidence.Products);
    }

    [Fact]
    public void Techniques_outside_the_kb_are_listed_apart()
    {
        var result = Calculate(Kb(("T1005", 1)), Alert("A", "[\"T1110\",\"T1005\"]"));

        var outside = Assert.Single(result.ObservedOutsideKb);
        Assert.Equal("T1110", outside.Id.ToString());
        Assert.Equal("Brute Force", outside.Name);
    }

    [Fact]
    public void The_embedded_kb_has_every_technique_in_the_result_even_with_no_alerts()
    {
        var kb = EmbeddedKnowledgeBase.InsiderThreatV2;

        var result = Calculate(kb);

        Assert.Equal(73, result.Totals.KbTechniques);
        Assert.Equal(0, result.Totals.Covered);
        Assert.Empty(result.KbUnmapped);
        Assert.Equal(0, result.Totals.Percent);
    }
}
