using System.Globalization;
using Ttpcov.Core;

namespace Ttpcov.Cli.Progress;

/// <summary>
/// Shows <see cref="ReadProgress"/> as one line on a terminal's stderr, rewritten in place (carriage return) at most
/// every <see cref="Interval"/>, and cleared when a source is done so the summary that follows starts on a clean line.
/// Only made for a real terminal (see <see cref="ProgressPolicy"/>): pipes and CI logs never see it.
/// </summary>
internal sealed class TerminalProgress(TextWriter stderr, TimeProvider time) : IProgress<ReadProgress>
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private long _lastShown = long.MinValue;
    private int _width;

    public void Report(ReadProgress value)
    {
        if (value.Done)
        {
            Clear();
            return;
        }

        var now = time.GetTimestamp();
        if (_lastShown != long.MinValue && time.GetElapsedTime(_lastShown, now) < Interval)
        {
            return;
        }

        _lastShown = now;
        var text = Format(value);
        stderr.Write("\r" + text.PadRight(_width));
        stderr.Flush();
        _width = text.Length;
    }

    /// <summary>"reading alerts.csv: 12.3 MiB of 40.0 MiB (31 %), 120,000 rows".</summary>
    internal static string Format(ReadProgress value)
    {
        var read = Mib(value.Bytes);
        var of = value.TotalBytes is > 0 and var total
            ? string.Create(CultureInfo.InvariantCulture, $" of {Mib(total)} ({100 * value.Bytes / total} %)")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"reading {value.Source}: {read}{of}, {value.Rows:N0} rows");
    }

    private void Clear()
    {
        if (_width > 0)
        {
            stderr.Write("\r" + new string(' ', _width) + "\r");
            stderr.Flush();
        }

        _width = 0;
        _lastShown = long.MinValue;
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";
}
