using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.TestSupport;

namespace Ttpcov.Azure.Tests;

/// <summary>
/// The KQL text is kept under golden files: there is no KQL engine here, and the emulator answers by the
/// marker comment and the <c>let</c> parameters, so a change to the text must be a reviewed change to these
/// files (set TTPCOV_UPDATE_GOLDEN=1 to rewrite them).
/// </summary>
public sealed class AlertQueryBuilderTests
{
    private static readonly QueryTimeRange Window = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private static readonly QueryTimeRange Slice = new(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 2, 15, 12, 30, 15, 250, TimeSpan.Zero));

    [Theory]
    [InlineData(AlertQueryMode.Rows, "rows-api.kql")]
    [InlineData(AlertQueryMode.Groups, "groups-api.kql")]
    public void The_api_query_matches_its_golden_file(AlertQueryMode mode, string file) =>
        AssertGolden(file, AlertQueryBuilder.ForApi(mode, Window, Slice));

    [Theory]
    [InlineData(AlertQueryMode.Rows, "rows-portal.kql")]
    [InlineData(AlertQueryMode.Groups, "groups-portal.kql")]
    public void The_portal_query_matches_its_golden_file(AlertQueryMode mode, string file) =>
        AssertGolden(file, AlertQueryBuilder.ForPortal(mode, TimeSpan.FromDays(90)));

    [Fact]
    public void A_slice_outside_its_window_is_refused() =>
        Assert.Throws<ArgumentException>(() => AlertQueryBuilder.ForApi(AlertQueryMode.Rows, Slice, Window));

    [Fact]
    public void The_body_timespan_covers_a_row_stamped_at_the_window_end() =>
        Assert.Equal("2025-01-01T00:00:00.0000000Z/2025-04-01T00:00:01.0000000Z", Window.ToTimespan());

    [Theory]
    [InlineData(90 * 24 * 60, "90d")]
    [InlineData(12 * 60, "12h")]
    [InlineData(45, "45m")]
    public void Lookbacks_are_written_as_kql_timespans(int minutes, string expected) =>
        Assert.Equal(expected, AlertQueryBuilder.KqlTimespan(TimeSpan.FromMinutes(minutes)));

    private static void AssertGolden(string file, string actual)
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", "Ttpcov.Azure.Tests", "Golden", file);
        if (Environment.GetEnvironmentVariable("TTPCOV_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
