using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Core.Tests.Attack;

public class TechniqueResolverTests
{
    private static readonly TechniqueResolver Onto18 = TechniqueResolver.ForEmbedded(EmbeddedAttackData.Enterprise18_1);
    private static readonly TechniqueResolver Onto14 = TechniqueResolver.ForEmbedded(EmbeddedAttackData.Enterprise14_1);

    private static TechniqueResolution Resolve(TechniqueResolver resolver, string id) => resolver.Resolve(TechniqueId.Parse(id));

    [Fact]
    public void A_live_id_resolves_to_itself()
    {
        var resolution = Resolve(Onto18, "T1078.004");

        Assert.Equal(ResolutionStatus.Live, resolution.Status);
        Assert.Equal(TechniqueId.Parse("T1078.004"), resolution.Target);
        Assert.Equal("T1078.004", resolution.PathText);
    }

    [Fact]
    public void DLL_side_loading_revoked_in_18_1_maps_onto_T1574_001()
    {
        var resolution = Resolve(Onto18, "T1574.002");

        Assert.Equal(ResolutionStatus.Remapped, resolution.Status);
        Assert.Equal(TechniqueId.Parse("T1574.001"), resolution.Target);
        Assert.Equal("T1574.002 revoked in ATT&CK 18.1 by T1574.001", resolution.Reason);
    }

    [Theory]
    [InlineData("T1073", "T1073 → T1574.002 → T1574.001")]
    [InlineData("T1150", "T1150 → T1547.011 → T1647")]
    [InlineData("T1089", "T1089 → T1562.001")]
    public void Revocation_chains_are_followed_to_the_live_end(string id, string path)
    {
        var resolution = Resolve(Onto18, id);

        Assert.Equal(ResolutionStatus.Remapped, resolution.Status);
        Assert.Equal(path, resolution.PathText);
    }

    [Theory]
    [InlineData("T1574.001")]
    [InlineData("T1574.002")]
    [InlineData("T1562.001")]
    public void Ids_live_in_14_1_stay_themselves_when_14_1_is_the_target(string id) =>
        Assert.Equal(TechniqueId.Parse(id), Resolve(Onto14, id).Target);

    [Fact]
    public void A_chain_stops_at_the_first_id_live_in_the_target() =>
        Assert.Equal("T1073 → T1574.002", Resolve(Onto14, "T1073").PathText);

    [Fact]
    public void The_v19_disable_or_modify_tools_maps_back_to_the_18_1_technique_of_the_same_name()
    {
        var resolution = Resolve(Onto18, "T1685");

        Assert.Equal(ResolutionStatus.Remapped, resolution.Status);
        Assert.Equal(TechniqueId.Parse("T1562.001"), resolution.Target);
        Assert.Equal("T1685 → T1562.001", resolution.PathText);
        Assert.StartsWith("ATT&CK 19.0 ID; replaces T1562.001 in 18.1", resolution.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T1685.005", "T1070.001")]
    [InlineData("T1684.001", "T1656")]
    [InlineData("T1686", "T1562.004")]
    public void A_v19_id_with_one_predecessor_maps_onto_it(string v19, string expected)
    {
        Assert.Equal(TechniqueId.Parse(expected), Resolve(Onto18, v19).Target);
        Assert.Equal(TechniqueId.Parse(expected), Resolve(Onto14, v19).Target);
    }

    [Fact]
    public void Every_v19_successor_resolves_back_onto_one_of_the_18_1_ids_it_replaced()
    {
        var remap = EmbeddedAttackData.Remap18_1To19_0;
        foreach (var successor in remap.Revocations.GroupBy(r => r.RevokedBy))
        {
            var resolution = Onto18.Resolve(successor.Key);

            Assert.Equal(ResolutionStatus.Remapped, resolution.Status);
            Assert.Contains(resolution.Target!.Value, successor.Select(r => r.Id));
            Assert.True(successor.Count() == 1 || successor.Key == TechniqueId.Parse("T1685"), $"{successor.Key} has several predecessors");
        }
    }

    [Fact]
    public void A_deprecated_id_is_reported_as_deprecated_without_a_target()
    {
        var resolution = Resolve(Onto18, "T1043");

        Assert.Equal(ResolutionStatus.Deprecated, resolution.Status);
        Assert.Null(resolution.Target);
        Assert.Contains("Commonly Used Port", resolution.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T1675", "known to ATT&CK 18.1 but not in ATT&CK 14.1")]
    [InlineData("T1682", "known to ATT&CK 19.0 but not in ATT&CK 14.1; no ATT&CK 14.1 technique became it")]
    public void An_id_other_releases_know_but_the_target_lacks_is_not_in_target(string id, string reason)
    {
        var resolution = Resolve(Onto14, id);

        Assert.Equal(ResolutionStatus.NotInTarget, resolution.Status);
        Assert.Equal(reason, resolution.Reason);
    }

    [Fact]
    public void A_v19_id_without_predecessor_is_not_in_18_1() =>
        Assert.Equal(ResolutionStatus.NotInTarget, Resolve(Onto18, "T1682").Status);

    [Theory]
    [InlineData("T0817")]
    [InlineData("T9999")]
    public void An_id_no_release_knows_is_unknown(string id) =>
        Assert.Equal(ResolutionStatus.Unknown, Resolve(Onto18, id).Status);

    [Fact]
    public void Every_kb_technique_is_live_in_14_1_and_in_18_1()
    {
        var kb = EmbeddedKnowledgeBase.InsiderThreatV2;

        Assert.All(kb.Techniques, t => Assert.Equal(ResolutionStatus.Live, Onto14.Resolve(t.Id).Status));
        Assert.All(kb.Techniques, t => Assert.Equal(ResolutionStatus.Live, Onto18.Resolve(t.Id).Status));
    }

    [Fact]
    public void Several_predecessors_none_of_the_same_name_are_ambiguous_and_listed_not_guessed()
    {
        var target = TestCatalogs.Catalog("1.0", TestCatalogs.Live("T1001", "Alpha"), TestCatalogs.Live("T1002", "Beta"));
        var remap = TestCatalogs.Remap("1.0", "2.0", ("T1001", "Alpha", "T1003", "Gamma"), ("T1002", "Beta", "T1003", "Gamma"));

        var resolution = new TechniqueResolver(target, [], [remap]).Resolve(TechniqueId.Parse("T1003"));

        Assert.Equal(ResolutionStatus.Ambiguous, resolution.Status);
        Assert.Null(resolution.Target);
        Assert.Equal([TechniqueId.Parse("T1001"), TechniqueId.Parse("T1002")], resolution.Candidates);
    }

    [Fact]
    public void A_revocation_cycle_ends_instead_of_looping()
    {
        var target = TestCatalogs.Catalog("1.0", TestCatalogs.Revoked("T1001", "A", "T1002"), TestCatalogs.Revoked("T1002", "B", "T1001"));

        var resolution = new TechniqueResolver(target, [], []).Resolve(TechniqueId.Parse("T1001"));

        Assert.Equal(ResolutionStatus.NotInTarget, resolution.Status);
    }

    [Fact]
    public void Repeated_lookups_return_the_memoised_resolution() =>
        Assert.Same(Resolve(Onto18, "T1089"), Resolve(Onto18, "T1089"));
}
