using System.Diagnostics;
using System.Globalization;
using Ttpcov.Benchmarks.Generation;
using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Benchmarks.EndToEnd;

/// <summary>
/// <c>e2e</c>: for each size and format, generates an export into a temp folder, measures the raw floor, the
/// stages, <c>ttpcov coverage</c> in-process and as a child process (peak working set) on that same file, prints
/// one Markdown row, and deletes the file.
/// </summary>
internal static class EndToEndCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var a = new Arguments(args);
        var sizes = (a.Get("--sizes") ?? "100MB").Split(',').Select(Arguments.ParseSize).ToList();
        var formats = (a.Get("--formats") ?? "queryapi,ndjson,csv,ndjson.gz").Split(',').Select(Arguments.ParseFormat).ToList();
        var dir = Path.Combine(a.Get("--dir") ?? Path.GetTempPath(), "ttpcov-e2e-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        Console.WriteLine($"{Environment.ProcessorCount} cores, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, temp {dir}");
        var warm = Path.Combine(dir, "warm.ndjson");
        GenerateCommand.Write(warm, ExportFormat.Ndjson, false, 2_000_000);
        InProcessRun.Coverage(warm, Path.Combine(dir, "out"));
        var fixedCost = InProcessRun.Coverage(warm, Path.Combine(dir, "out")).Elapsed;
        Console.WriteLine($"fixed cost (reference data, writers; warm, 2 MB input): {fixedCost.TotalSeconds:N2} s");
        Console.WriteLine(EndToEndResult.Header);
        try
        {
            foreach (var size in sizes)
            {
                foreach (var (format, gzip) in formats)
                {
                    Console.WriteLine(Measure(dir, size, format, gzip).ToMarkdown());
                }
            }
        }
        finally
        {
            if (!a.Has("--keep"))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        await Console.Out.FlushAsync();
        return 0;
    }

    private static EndToEndResult Measure(string dir, long size, ExportFormat format, bool gzip)
    {
        var path = Path.Combine(dir, "alerts" + Arguments.Extension(format, gzip));
        var written = GenerateCommand.Write(path, format, gzip, size);
        var outDir = Path.Combine(dir, "out");
        var floor = Time(() => format == ExportFormat.PortalCsv ? RawFloor.SepFields(path) : RawFloor.JsonTokens(path));
        var own = format == ExportFormat.PortalCsv ? Time(() => RawFloor.OwnFields(path)) : (TimeSpan?)null;
        var read = InProcessRun.ReadOnly(path).Elapsed;
        var accumulate = InProcessRun.ReadAndAccumulate(path);
        var (e2e, allocated) = InProcessRun.Coverage(path, outDir);
        var (cli, peak) = CliProcessRun.Run(path, outDir);
        File.Delete(path);
        return new EndToEndResult(Arguments.Extension(format, gzip).TrimStart('.'), written, floor, own, read, accumulate, e2e, cli, peak, allocated);
    }

    private static TimeSpan Time(Func<long> action)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed;
    }
}
