using BenchmarkDotNet.Attributes;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;

namespace Ttpcov.Benchmarks.Micro;

/// <summary>Splitting one technique field (JSON array or separated list) into IDs and unrecognised values.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class TechniqueTokenBenchmarks
{
    private readonly SortedSet<TechniqueId> _ids = [];
    private readonly SortedSet<string> _unrecognised = new(StringComparer.Ordinal);

    [Params("[\"T1003\",\"T1550\",\"T1047\"]", "T1047;T1082;T1497.001", "[\"T114\",\"N.A.\"]")]
    public string Field { get; set; } = "";

    [Benchmark]
    public int Collect()
    {
        _ids.Clear();
        _unrecognised.Clear();
        TechniqueTokens.Collect(Field, _ids, _unrecognised);
        return _ids.Count + _unrecognised.Count;
    }
}
