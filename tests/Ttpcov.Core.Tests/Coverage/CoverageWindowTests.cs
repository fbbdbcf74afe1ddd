using Ttpcov.Core.Coverage;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Coverage;

public class CoverageWindowTests
{
    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Describes_itself_the_same_way_in_every_culture(string culture)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal("30 days, 2025-05-31 12:00Z to 2025-06-30 12:00Z", CoverageWindow.LastDays(30, Some.AsOf).ToString());
    }
}
