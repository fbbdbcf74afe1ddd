using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;
using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Core.Tests.Scale;

/// <summary>
/// Guards the memory bound of issue 6 as ratios, never as times: reading four times the data must not need more
/// live memory than reading the data once, beyond what the extra unique alerts cost; and what stays per unique
/// alert is a small fixed number of bytes. Runs alone (it reads the process-wide heap).
/// </summary>
[Collection(nameof(FlatMemoryTests))]
[CollectionDefinition(nameof(FlatMemoryTests), DisableParallelization = true)]
public sealed class FlatMemoryTests
{
    private const long Small = 8_000_000;
    private const int SampleEvery = 250;

    [Theory]
    [InlineData(ExportFormat.Ndjson)]
    [InlineData(ExportFormat.QueryApi)]
    [InlineData(ExportFormat.PortalCsv)]
    public void Four_times_the_rows_need_no_more_live_memory_than_the_extra_alerts_take(ExportFormat format)
    {
        Measure(ScaleInputs.Export(format, Small));
        var once = Measure(ScaleInputs.Export(format, Small));
        var four = Measure(ScaleInputs.Export(format, 4 * Small));

        // The peak may grow by what the extra alerts keep — twice, while the table of alerts is resized — and no more.
        var keptByExtraAlerts = four.Retained - once.Retained;
        Assert.True(
            four.PeakLive - once.PeakLive <= (2 * keptByExtraAlerts) + (once.PeakLive / 2),
            $"peak live heap {once.PeakLive:N0} B for {once.Rows:N0} rows, {four.PeakLive:N0} B for {four.Rows:N0} rows; the extra alerts keep {keptByExtraAlerts:N0} B");
    }

    [Fact]
    public void A_unique_alert_costs_a_small_fixed_number_of_bytes()
    {
        Measure(ScaleInputs.Export(ExportFormat.Ndjson, Small));
        var once = Measure(ScaleInputs.Export(ExportFormat.Ndjson, Small));
        var four = Measure(ScaleInputs.Export(ExportFormat.Ndjson, 4 * Small));

        var perAlert = (double)(four.Retained - once.Retained) / (four.UniqueAlerts - once.UniqueAlerts);
        // An alert is a 16-byte key and 48 bytes of facts in a hash table entry (84 bytes with its bucket); the table
        // doubles as it grows, and a few new rules and names turn up, so up to about three times that is expected.
        Assert.True(perAlert < 256, $"{once.Retained:N0} B kept for {once.UniqueAlerts:N0} alerts, {four.Retained:N0} B for {four.UniqueAlerts:N0}: {perAlert:N0} B per extra alert");
    }

    /// <summary>
    /// Reads an export through the pipeline, sampling the live heap (after a full collection) every few hundred rows;
    /// the first run of a test only warms up (statics, JIT). The inputs are larger than the pipeline's queue holds.
    /// </summary>
    private static MemoryRun Measure(byte[] export)
    {
        var baseline = Live();
        using var input = new MemoryStream(export, writable: false);
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        long peak = 0, rows = 0;
        AlertPipeline.Run(Sampled(AlertFileReader.Read(input, "generated"), () => peak = Math.Max(peak, Live() - baseline), r => rows = r), accumulator);
        var retained = Live() - baseline;
        return new MemoryRun(rows, accumulator.Build().Statistics.UniqueAlerts, peak, retained);
    }

    private static IEnumerable<AlertRecord> Sampled(IEnumerable<AlertRecord> records, Action sample, Action<long> count)
    {
        long rows = 0;
        foreach (var record in records)
        {
            if (++rows % SampleEvery == 0)
            {
                sample();
            }

            yield return record;
        }

        count(rows);
    }

    private static long Live()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    private sealed record MemoryRun(long Rows, long UniqueAlerts, long PeakLive, long Retained);
}
