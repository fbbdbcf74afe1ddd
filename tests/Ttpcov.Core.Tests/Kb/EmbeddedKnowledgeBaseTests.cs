using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Core.Tests.Kb;

public class EmbeddedKnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = EmbeddedKnowledgeBase.InsiderThreatV2;

    [Fact]
    public void Holds_73_techniques_in_83_technique_tactic_pairs()
    {
        Assert.Equal(73, Kb.Techniques.Count);
        Assert.Equal(73, Kb.Techniques.Select(t => t.Id).Distinct().Count());
        Assert.Equal(83, Kb.Techniques.Sum(t => t.Tactics.Count));
    }

    [Fact]
    public void Tiers_are_5_frequent_9_moderate_57_infrequent_and_2_without()
    {
        Assert.Equal(["T1052", "T1078", "T1213", "T1565", "T1565.001"], Kb.Techniques.Where(t => t.Tier == 3).Select(t => t.Id.ToString()));
        Assert.Equal(9, Kb.Techniques.Count(t => t.Tier == 2));
        Assert.Equal(57, Kb.Techniques.Count(t => t.Tier == 1));
        Assert.Equal(["T1078.001", "T1529"], Kb.Techniques.Where(t => t.Tier is null).Select(t => t.Id.ToString()));
    }

    [Fact]
    public void Names_and_the_v1_flag_come_along_and_50_ids_were_in_v1()
    {
        var usb = Kb.Techniques.Single(t => t.Id == TechniqueId.Parse("T1052.001"));

        Assert.Equal("Exfiltration over USB", usb.Name);
        Assert.Equal(50, Kb.Techniques.Count(t => t.InV1));
    }

    [Fact]
    public void A_technique_observed_under_several_tactics_lists_them_in_matrix_order() =>
        Assert.Equal(
            ["initial-access", "persistence", "defense-evasion"],
            Kb.Techniques.Single(t => t.Id == TechniqueId.Parse("T1078.004")).Tactics);

    [Fact]
    public void Names_itself_and_both_published_files_with_their_hashes()
    {
        Assert.Equal(("CTID Insider Threat TTP Knowledge Base", "2", "14.1"), (Kb.Name, Kb.Version, Kb.AttackVersion));
        Assert.Equal(["green_seen_v1_v2.json", "heatmap_InT_2.09.json"], Kb.Files.Select(f => f.Name));
        Assert.Equal(Kb.Files[0].Sha256, Kb.Sha256);
        Assert.All(Kb.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
    }
}
