using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Tests.Attack;

public class TechniqueIdTests
{
    [Theory]
    [InlineData("T1078", "T1078", false)]
    [InlineData(" t1078.004 ", "T1078.004", true)]
    [InlineData("T0817", "T0817", false)]
    [InlineData("T1234.000", "T1234.000", true)]
    public void Parses_well_formed_ids_and_spells_them_canonically(string text, string expected, bool isSub)
    {
        var id = TechniqueId.Parse(text);

        Assert.Equal(expected, id.ToString());
        Assert.Equal(isSub, id.IsSubTechnique);
    }

    [Theory]
    [InlineData("")]
    [InlineData("T114")]
    [InlineData("T10781")]
    [InlineData("T1078.4")]
    [InlineData("T1078-004")]
    [InlineData("N.A.")]
    [InlineData("TA0001")]
    [InlineData("1078")]
    [InlineData("T1078.0041")]
    public void Rejects_anything_else(string text) => Assert.False(TechniqueId.TryParse(text, out _));

    [Fact]
    public void A_sub_technique_knows_its_parent_and_a_technique_is_its_own_parent()
    {
        Assert.Equal(TechniqueId.Parse("T1567"), TechniqueId.Parse("T1567.002").Parent);
        Assert.Equal(TechniqueId.Parse("T1567"), TechniqueId.Parse("T1567").Parent);
    }

    [Fact]
    public void Orders_parents_before_their_sub_techniques()
    {
        var ids = new[] { "T1079", "T1078.004", "T1078", "T1078.001" }.Select(TechniqueId.Parse).Order().Select(i => i.ToString());

        Assert.Equal(["T1078", "T1078.001", "T1078.004", "T1079"], ids);
    }
}
