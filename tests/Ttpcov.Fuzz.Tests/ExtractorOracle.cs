using System.Runtime.InteropServices;
using System.Text;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Judges <see cref="TechniqueExtractor"/> on one text placed in every technique-bearing column: it never throws,
/// every ID it returns is well-formed, unrecognised values are capped, and the same text gives the same answer.
/// The bytes are read both as UTF-8 and as raw UTF-16 (which can hold lone surrogates).
/// </summary>
public static class ExtractorOracle
{
    public static void Check(byte[] input)
    {
        Check(Encoding.UTF8.GetString(input), input.Length);
        Check(new string(MemoryMarshal.Cast<byte, char>(input.AsSpan(0, input.Length & ~1))), input.Length);
    }

    public static void Check(string text, long size)
    {
        var record = new AlertRecord
        {
            ExtendedProperties = text, Techniques = text, SubTechniques = text, Tactics = text, AlertName = text, ProductName = "Azure Sentinel", AlertType = text,
        };
        var first = BoundedRun.Execute(() => TechniqueExtractor.Extract(record), size);
        var accumulated = BoundedRun.Execute(() => Accumulate(record), size);
        if (accumulated.Error is { } accumulateError)
        {
            throw new InvalidOperationException($"AlertAccumulator threw {accumulateError.GetType().Name} on a record without timestamps: {accumulateError}", accumulateError);
        }

        var second = BoundedRun.Execute(() => TechniqueExtractor.Extract(record), size);
        if (first.Error is { } error)
        {
            throw new InvalidOperationException($"TechniqueExtractor threw {error.GetType().Name} (it must never throw on data): {error}", error);
        }

        var result = first.Value!;
        if (result.Ids.Any(id => !TechniqueId.TryParse(id.ToString(), out _)) || result.Unrecognised.Any(u => u.Length > 101))
        {
            throw new InvalidOperationException($"malformed extraction: {result.ContentKey}");
        }

        if (second.Value?.ContentKey != result.ContentKey)
        {
            throw new InvalidOperationException("the same text extracted twice gives different answers");
        }
    }

    private static long Accumulate(AlertRecord record)
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        accumulator.Add(record);
        return accumulator.Build().Statistics.UniqueAlerts;
    }
}
