using BenchmarkDotNet.Attributes;
using Ttpcov.Core.Attack;

namespace Ttpcov.Benchmarks.Micro;

/// <summary>Parsing technique IDs, the innermost step of extraction.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class TechniqueIdBenchmarks
{
    [Params("T1078", "T1567.002", " t1003.001 ", "N.A.")]
    public string Text { get; set; } = "";

    [Benchmark]
    public bool TryParse() => TechniqueId.TryParse(Text, out _);
}
