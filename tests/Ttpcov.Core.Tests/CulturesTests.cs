using System.Globalization;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests;

public class CulturesTests
{
    [Fact]
    public void The_test_process_has_real_cultures_so_culture_tests_can_fail()
    {
        using var scope = new CultureScope("de-DE");

        Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
    }
}
