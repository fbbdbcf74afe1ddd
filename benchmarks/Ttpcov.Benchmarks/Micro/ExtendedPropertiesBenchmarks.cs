using System.Text;
using BenchmarkDotNet.Attributes;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Formats;
using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Benchmarks.Micro;

/// <summary>
/// Extraction from one realistic row (ExtendedProperties of 1–4 KB with <c>MitreTechniques</c>): the public
/// per-record extractor, and the accumulator's single scan of ExtendedProperties that it reuses.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class ExtendedPropertiesBenchmarks
{
    private readonly ExtendedPropertiesScan _scan = new();
    private AlertRecord _record = new();

    [GlobalSetup]
    public void Setup()
    {
        using var export = new MemoryStream();
        new SyntheticExportGenerator().Write(export, ExportFormat.Ndjson, 2_000_000);
        using var input = new MemoryStream(export.ToArray());
        _record = AlertFileReader.Read(input, "bench").First(r => r.ExtendedProperties?.Contains("MitreTechniques", StringComparison.Ordinal) == true);
        Console.WriteLine($"ExtendedProperties: {Encoding.UTF8.GetByteCount(_record.ExtendedProperties!)} bytes");
    }

    [Benchmark(Baseline = true)]
    public int ExtractRecord() => TechniqueExtractor.Extract(_record).Ids.Count;

    [Benchmark]
    public int ScanExtendedProperties()
    {
        _scan.Run(_record.ExtendedProperties, wantRuleIds: true);
        return _scan.TechniqueValues.Length;
    }
}
