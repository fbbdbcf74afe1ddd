using BenchmarkDotNet.Attributes;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;
using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Benchmarks.Micro;

/// <summary><see cref="AlertAccumulator.Add"/> over the rows of a 20 MB export (about 4,000 rows, 30 % status updates): per-row cost of extraction and deduplication.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class DeduplicationBenchmarks
{
    private List<AlertRecord> _records = [];

    [GlobalSetup]
    public void Setup()
    {
        using var export = new MemoryStream();
        new SyntheticExportGenerator().Write(export, ExportFormat.Ndjson, 20_000_000);
        using var input = new MemoryStream(export.ToArray());
        _records = [.. AlertFileReader.Read(input, "bench")];
    }

    [Benchmark(OperationsPerInvoke = 4000)]
    public long AddAllRows()
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        foreach (var record in _records.Take(4000))
        {
            accumulator.Add(record);
        }

        return accumulator.Build().Statistics.UniqueAlerts;
    }
}
