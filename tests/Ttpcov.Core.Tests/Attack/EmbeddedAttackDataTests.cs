using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Tests.Attack;

public class EmbeddedAttackDataTests
{
    [Theory]
    [InlineData("14.1", 201, 424, 131, 12)]
    [InlineData("18.1", 216, 475, 132, 12)]
    public void Each_embedded_release_holds_mitres_published_counts(string version, int techniques, int subTechniques, int revoked, int deprecated)
    {
        var catalog = EmbeddedAttackData.Catalog(version)!;

        Assert.Equal(version, catalog.Version);
        Assert.Equal(14, catalog.Tactics.Count);
        Assert.Equal(techniques, catalog.Techniques.Count(t => t.Live && !t.Id.IsSubTechnique));
        Assert.Equal(subTechniques, catalog.Techniques.Count(t => t.Live && t.Id.IsSubTechnique));
        Assert.Equal(revoked, catalog.Techniques.Count(t => t.Revoked));
        Assert.Equal(deprecated, catalog.Techniques.Count(t => t.Deprecated));
    }

    [Fact]
    public void Tactics_are_in_matrix_order_from_reconnaissance_to_impact()
    {
        var tactics = EmbeddedAttackData.Enterprise18_1.Tactics;

        Assert.Equal("reconnaissance", tactics[0].ShortName);
        Assert.Equal(new AttackTactic("TA0005", "defense-evasion", "Defense Evasion"), tactics[6]);
        Assert.Equal("impact", tactics[^1].ShortName);
    }

    [Fact]
    public void A_techniques_tactics_follow_the_matrix_order_and_data_components_come_along()
    {
        Assert.True(EmbeddedAttackData.Enterprise18_1.TryGet(TechniqueId.Parse("T1574.002"), out var sideLoading));

        Assert.Equal(["persistence", "privilege-escalation", "defense-evasion"], sideLoading.Tactics);
        Assert.Equal(TechniqueId.Parse("T1574.001"), sideLoading.RevokedBy);
        Assert.NotEmpty(EmbeddedAttackData.Enterprise14_1.Techniques.Single(t => t.Id == TechniqueId.Parse("T1574.002")).DataComponents);
    }

    [Theory]
    [InlineData("18", "18.1")]
    [InlineData("v14", "14.1")]
    [InlineData(" 14.1 ", "14.1")]
    public void Catalog_accepts_major_or_full_versions(string asked, string expected) =>
        Assert.Equal(expected, EmbeddedAttackData.Catalog(asked)!.Version);

    [Fact]
    public void Catalog_returns_null_for_a_version_that_is_not_embedded() => Assert.Null(EmbeddedAttackData.Catalog("17"));

    [Fact]
    public void The_19_0_remap_holds_17_revocations_and_23_new_ids()
    {
        var remap = EmbeddedAttackData.Remap18_1To19_0;

        Assert.Equal(("18.1", "19.0"), (remap.From, remap.To));
        Assert.Equal(17, remap.Revocations.Count);
        Assert.Equal(23, remap.Added.Count);
        Assert.True(remap.TryGetRevocation(TechniqueId.Parse("T1656"), out var impersonation));
        Assert.Equal(TechniqueId.Parse("T1684.001"), impersonation.RevokedBy);
        Assert.Equal("Disable or Modify Tools", remap.NewName(TechniqueId.Parse("T1685")));
        Assert.Contains(remap.TacticsAdded, t => t.ShortName == "defense-impairment");
    }

    [Fact]
    public void Every_17_revoked_id_is_live_in_18_1() =>
        Assert.All(EmbeddedAttackData.Remap18_1To19_0.Revocations, r => Assert.True(EmbeddedAttackData.Enterprise18_1.IsLive(r.Id), r.Id.ToString()));
}
