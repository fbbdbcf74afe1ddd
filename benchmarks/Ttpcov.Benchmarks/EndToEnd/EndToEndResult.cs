using System.Globalization;
using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Benchmarks.EndToEnd;

/// <summary>One size and format measured; prints as a Markdown table row. Throughputs count uncompressed bytes.</summary>
internal sealed record EndToEndResult(
    string Format,
    SyntheticExportSize Written,
    TimeSpan Floor,
    TimeSpan? OwnTokenizer,
    TimeSpan ReadOnly,
    TimeSpan ReadAndAccumulate,
    TimeSpan EndToEnd,
    TimeSpan CliProcess,
    long PeakWorkingSet,
    long Allocated)
{
    public const string Header =
        "| input | format | rows | alerts | floor s (MB/s) | own CSV tokenizer s | read s | read+add s | e2e s | e2e MB/s | rows/s | floor/e2e | CLI process s | peak WS MB | alloc B/row |\n" +
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string ToMarkdown()
    {
        var mb = Written.Bytes / 1e6;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {mb:N0} MB | {Format} | {Written.Rows:N0} | {Written.Alerts:N0} | {Floor.TotalSeconds:N2} ({mb / Floor.TotalSeconds:N0}) | " +
            $"{(OwnTokenizer is { } own ? own.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture) : "–")} | {ReadOnly.TotalSeconds:N2} | " +
            $"{ReadAndAccumulate.TotalSeconds:N2} | {EndToEnd.TotalSeconds:N2} | {mb / EndToEnd.TotalSeconds:N0} | {Written.Rows / EndToEnd.TotalSeconds:N0} | " +
            $"{Floor / EndToEnd:N2} | {CliProcess.TotalSeconds:N2} | {PeakWorkingSet / 1e6:N0} | {Allocated / Math.Max(1, Written.Rows):N0} |");
    }
}
