using System.Diagnostics;
using System.Globalization;

namespace Ttpcov.Benchmarks.EndToEnd;

/// <summary>
/// Runs the real <c>ttpcov coverage</c> as a child process (the ttpcov.dll built beside this benchmark) and samples
/// its peak working set (<c>VmHWM</c> in /proc) until it exits.
/// </summary>
internal static class CliProcessRun
{
    public static (TimeSpan Elapsed, long PeakWorkingSet) Run(string alerts, string outDir)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ttpcov.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "coverage", "--alerts", alerts, "--out", outDir, "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ttpcov exited with {process.ExitCode}: {stderr.Result}");
        }

        return (watch.Elapsed, peak);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
