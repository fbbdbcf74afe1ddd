using System.Diagnostics;
using System.Globalization;
using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Benchmarks.Generation;

/// <summary><c>generate</c>: writes one synthetic export to a file.</summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        var a = new Arguments(args);
        var (format, gzip) = Arguments.ParseFormat(a.Get("--format") ?? "ndjson");
        var size = Arguments.ParseSize(a.Get("--size") ?? "100MB");
        var seed = int.Parse(a.Get("--seed") ?? "6", CultureInfo.InvariantCulture);
        var path = a.Get("--out") ?? "alerts" + Arguments.Extension(format, gzip);
        var watch = Stopwatch.StartNew();
        var written = Write(path, format, gzip, size, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {written.Rows:N0} rows, {written.Alerts:N0} alerts, {written.Bytes / 1e6:N1} MB uncompressed, {new FileInfo(path).Length / 1e6:N1} MB on disk, {watch.Elapsed.TotalSeconds:N1} s"));
        return 0;
    }

    public static SyntheticExportSize Write(string path, ExportFormat format, bool gzip, long size, int seed = 6)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        return new SyntheticExportGenerator(seed).Write(file, format, size, gzip);
    }
}
