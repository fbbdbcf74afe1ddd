using Ttpcov.Cli.Progress;
using Ttpcov.Core;

namespace Ttpcov.Cli.Tests;

public class ProgressTests
{
    [Theory]
    [InlineData(false, true, null, true)]
    [InlineData(false, true, "", true)]
    [InlineData(false, true, "false", true)]
    [InlineData(false, true, "true", false)]
    [InlineData(false, true, "1", false)]
    [InlineData(false, false, null, false)]
    [InlineData(true, true, null, false)]
    public void Progress_shows_only_on_a_terminal_outside_ci_and_without_quiet(bool quiet, bool terminal, string? ci, bool expected)
    {
        Assert.Equal(expected, ProgressPolicy.ShouldShow(quiet, terminal, ci));
    }

    [Fact]
    public void A_redirected_or_captured_stderr_gets_no_progress()
    {
        Assert.Null(ProgressPolicy.For(quiet: false, new StringWriter()));
    }

    [Fact]
    public void The_line_is_rewritten_in_place_at_most_every_interval_and_cleared_when_done()
    {
        var time = new ManualTime();
        using var stderr = new StringWriter();
        var progress = new TerminalProgress(stderr, time);

        progress.Report(new ReadProgress("a.csv", 1048576, 4194304, 4096));
        time.Advance(TimeSpan.FromMilliseconds(50));
        progress.Report(new ReadProgress("a.csv", 2097152, 4194304, 8192));
        time.Advance(TerminalProgress.Interval);
        progress.Report(new ReadProgress("a.csv", 3145728, 4194304, 12288));
        progress.Report(new ReadProgress("a.csv", 4194304, 4194304, 12345, Done: true));

        var first = "reading a.csv: 1.0 MiB of 4.0 MiB (25 %), 4,096 rows";
        var second = "reading a.csv: 3.0 MiB of 4.0 MiB (75 %), 12,288 rows";
        Assert.Equal($"\r{first}\r{second}\r{new string(' ', second.Length)}\r", stderr.ToString());
    }

    [Fact]
    public void Without_a_known_size_it_shows_bytes_and_rows()
    {
        Assert.Equal("reading live: 0.5 MiB, 10 rows", TerminalProgress.Format(new ReadProgress("live", 524288, null, 10)));
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
