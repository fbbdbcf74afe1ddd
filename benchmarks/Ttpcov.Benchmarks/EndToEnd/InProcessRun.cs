using System.Diagnostics;
using Ttpcov.Cli;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;

namespace Ttpcov.Benchmarks.EndToEnd;

/// <summary>
/// Runs <c>ttpcov coverage</c> in this process through the CLI's own entry point (<see cref="TtpcovApp"/>: the same
/// reader, accumulator, calculator and writers), and the stages on their own for the profile: reading only, and
/// reading plus <see cref="AlertAccumulator.Add"/>.
/// </summary>
internal static class InProcessRun
{
    public static (TimeSpan Elapsed, long Allocated) Coverage(string alerts, string outDir)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var exit = TtpcovApp.RunAsync(["coverage", "--alerts", alerts, "--out", outDir, "--quiet"], stdout, stderr).GetAwaiter().GetResult();
        watch.Stop();
        if (exit != 0)
        {
            throw new InvalidOperationException($"ttpcov exited with {exit}: {stderr}");
        }

        return (watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    /// <summary>Reads every record and drops it; returns the time and the record count.</summary>
    public static (TimeSpan Elapsed, long Records) ReadOnly(string alerts)
    {
        using var stream = File.OpenRead(alerts);
        var watch = Stopwatch.StartNew();
        long count = 0;
        foreach (var record in AlertFileReader.Read(stream, Path.GetFileName(alerts)))
        {
            count += record.Weight;
        }

        return (watch.Elapsed, count);
    }

    /// <summary>Reads and accumulates on this one thread (no pipeline), to see what the extraction costs.</summary>
    public static TimeSpan ReadAndAccumulate(string alerts)
    {
        using var stream = File.OpenRead(alerts);
        var watch = Stopwatch.StartNew();
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        foreach (var record in AlertFileReader.Read(stream, Path.GetFileName(alerts)))
        {
            accumulator.Add(record);
        }

        accumulator.Build();
        return watch.Elapsed;
    }
}
