using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Tests.Alerts;

public sealed class TimestampParserTests
{
    [Theory]
    [InlineData("2023-02-20T11:04:02.6371632Z", "2023-02-20T11:04:02.6371632+00:00")]
    [InlineData("2022-01-06T13:01:34Z", "2022-01-06T13:01:34.0000000+00:00")]
    [InlineData("2025-03-02T09:59:59.9Z", "2025-03-02T09:59:59.9000000+00:00")]
    [InlineData("2025-03-02T12:00:00+02:00", "2025-03-02T10:00:00.0000000+00:00")]
    [InlineData("2024-07-04 22:35:00.746663+00:00", "2024-07-04T22:35:00.7466630+00:00")]
    [InlineData("2024-07-01 15:01:28+00:00", "2024-07-01T15:01:28.0000000+00:00")]
    [InlineData("2023-02-20 05:58:58Z", "2023-02-20T05:58:58.0000000+00:00")]
    [InlineData("2019-01-11 06:31:40", "2019-01-11T06:31:40.0000000+00:00")]
    [InlineData("2/25/2025, 9:19:25.391 AM", "2025-02-25T09:19:25.3910000+00:00")]
    [InlineData("3/2/2025, 10:15:42.123 PM", "2025-03-02T22:15:42.1230000+00:00")]
    [InlineData("11/06/2026, 08:18:17.083", "2026-11-06T08:18:17.0830000+00:00")]
    [InlineData("25/06/2026, 08:18:17.083", "2026-06-25T08:18:17.0830000+00:00")]
    [InlineData("3/2/2025, 10:15:42 AM", "2025-03-02T10:15:42.0000000+00:00")]
    public void Reads_every_form_exports_contain_as_utc(string text, string expected)
    {
        Assert.True(TimestampParser.TryParse(text, DateOrder.MonthFirst, out var value));
        Assert.Equal(expected, value!.Value.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("11/06/2026, 08:18:17.083", DateOrder.DayFirst, "2026-06-11")]
    [InlineData("11/06/2026, 08:18:17.083", DateOrder.MonthFirst, "2026-11-06")]
    [InlineData("06/25/2026, 08:18:17.083", DateOrder.DayFirst, "2026-06-25")]
    public void Ambiguous_portal_dates_follow_the_preference_unless_a_number_above_12_decides(string text, DateOrder order, string date)
    {
        Assert.True(TimestampParser.TryParse(text, order, out var value));
        Assert.Equal(date, value!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("None")]
    [InlineData("null")]
    public void Empty_and_none_mean_no_value(string? text)
    {
        Assert.True(TimestampParser.TryParse(text, DateOrder.MonthFirst, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-01 00:00:00")]
    [InlineData("13/13/2025, 10:00:00")]
    [InlineData("1700000000")]
    [InlineData("2024-07-04T22:35:00.12345678Z")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(TimestampParser.TryParse(text, DateOrder.MonthFirst, out _));
    }
}
