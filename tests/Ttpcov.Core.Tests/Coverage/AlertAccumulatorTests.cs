using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;

namespace Ttpcov.Core.Tests.Coverage;

public class AlertAccumulatorTests
{
    private static AlertRecord Row(string? id, string time, string techniques = "[\"T1078\"]", string name = "Alert", long line = 1) =>
        new() { SystemAlertId = id, TimeGenerated = time, Techniques = techniques, AlertName = name, Location = new RecordLocation("test.csv", line) };

    [Fact]
    public void Duplicated_alert_rows_count_once_and_the_latest_row_wins()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        accumulator.Add(Row("a1", "2025-03-02T10:00:00Z", "[\"T1078\"]", "first"));
        accumulator.Add(Row("A1", "2025-03-02T12:00:00Z", "[\"T1110\"]", "latest"));
        accumulator.Add(Row("a1", "2025-03-02T11:00:00Z", "[\"T1005\"]", "middle"));

        var set = accumulator.Build();

        Assert.Equal(1, set.Statistics.UniqueAlerts);
        Assert.Equal(2, set.Statistics.DuplicateRows);
        var alert = Assert.Single(set.Alerts);
        Assert.Equal("latest", set.Names[alert.Name]);
        Assert.Equal("T1110", Assert.Single(set.TechniqueSets[alert.TechniqueSet].Ids).ToString());
    }

    [Fact]
    public void On_equal_times_the_row_read_last_wins()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        accumulator.Add(Row("a1", "2025-03-02T10:00:00Z", name: "one"));
        accumulator.Add(Row("a1", "2025-03-02T10:00:00Z", name: "two"));

        var set = accumulator.Build();

        Assert.Equal("two", set.Names[Assert.Single(set.Alerts).Name]);
    }

    [Fact]
    public void Rows_without_an_alert_id_count_once_each()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        accumulator.Add(Row(null, "2025-03-02T10:00:00Z"));
        accumulator.Add(Row("", "2025-03-02T10:00:00Z"));
        accumulator.Add(Row("  ", "2025-03-02T10:00:00Z"));

        var stats = accumulator.Build().Statistics;

        Assert.Equal(3, stats.UniqueAlerts);
        Assert.Equal(3, stats.RowsWithoutAlertId);
        Assert.Equal(0, stats.DuplicateRows);
    }

    [Fact]
    public void The_window_keeps_rows_after_its_start_up_to_and_including_its_end_before_deduplicating()
    {
        var asOf = DateTimeOffset.Parse("2025-04-01T00:00:00Z");
        var accumulator = new AlertAccumulator(CoverageWindow.LastDays(30, asOf));
        accumulator.Add(Row("in", "2025-03-15T00:00:00Z", name: "inside"));
        accumulator.Add(Row("in", "2025-04-01T00:00:01Z", name: "after the end: ignored"));
        accumulator.Add(Row("start", "2025-03-02T00:00:00Z"));
        accumulator.Add(Row("end", "2025-04-01T00:00:00Z"));
        accumulator.Add(Row("timeless", ""));

        var set = accumulator.Build();

        Assert.Equal(2, set.Statistics.UniqueAlerts);
        Assert.Equal(2, set.Statistics.RowsOutsideWindow);
        Assert.Equal(1, set.Statistics.RowsWithoutTime);
        Assert.Contains(set.Alerts, a => set.Names[a.Name] == "inside");
    }

    [Fact]
    public void Without_a_window_rows_without_time_are_kept()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        accumulator.Add(Row("x", ""));

        Assert.Equal(1, accumulator.Build().Statistics.UniqueAlerts);
    }

    [Fact]
    public void A_weighted_group_stands_for_that_many_alerts()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        var group = Row(null, "2025-03-02T10:00:00Z");
        group.Weight = 250;
        accumulator.Add(group);

        var stats = accumulator.Build().Statistics;

        Assert.Equal(250, stats.UniqueAlerts);
        Assert.Equal(250, stats.AlertsWithTechniques);
    }

    [Fact]
    public void An_unreadable_timestamp_is_an_error_that_names_the_file_line_and_field()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);

        var error = Assert.Throws<AlertFormatException>(() => accumulator.Add(Row("x", "yesterday", line: 42)));

        Assert.Contains("yesterday", error.Message);
        Assert.Equal(42, error.Line);
        Assert.Equal("TimeGenerated", error.Field);
    }

    [Fact]
    public void Names_that_differ_only_by_invisible_characters_are_one_name()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        accumulator.Add(Row("a", "2025-03-02T10:00:00Z", name: "Suspicious download\u200B"));
        accumulator.Add(Row("b", "2025-03-02T10:00:00Z", name: " Suspicious download"));

        var set = accumulator.Build();

        Assert.Single(set.Alerts.Select(a => a.Name).Distinct());
    }
}
