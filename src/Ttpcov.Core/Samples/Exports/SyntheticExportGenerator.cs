using System.IO.Compression;

namespace Ttpcov.Core.Samples.Exports;

/// <summary>
/// Writes a realistic SecurityAlert export of any size, deterministically from a seed, for benchmarks and scale
/// tests: 300 detections drawn by frequency (<see cref="SyntheticKindCatalog"/>), alerts spread over 90 days,
/// about 30 % of rows status updates that re-emit a recent alert's <c>SystemAlertId</c> (now and then in upper
/// case), one row in 1,000 without an ID. Stops after the first row that takes the (uncompressed) size past
/// the target. <c>--sample</c>'s <see cref="SampleAlertGenerator"/> is separate and unchanged.
/// </summary>
public sealed class SyntheticExportGenerator(int seed = 6)
{
    public static DateTimeOffset AsOf { get; } = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private const int Recent = 4096;

    public SyntheticExportSize Write(Stream stream, ExportFormat format, long targetBytes, bool gzip = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var packed = gzip ? new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true) : null;
        using var counted = new CountingStream(packed ?? stream);
        var random = new Random(seed);
        var kinds = SyntheticKindCatalog.Create(random, 300);
        var totalWeight = kinds.Sum(k => k.Weight);
        var rows = new SyntheticRowFactory(random);
        using var writer = ExportRowWriter.For(format, counted);
        var recent = new SyntheticAlert[Recent];
        Span<DateTimeOffset> times = stackalloc DateTimeOffset[4];
        long rowCount = 0, alerts = 0;
        writer.Begin();
        while (counted.Written < targetBytes)
        {
            var update = alerts > 0 && random.Next(10) < 3;
            var alert = update ? recent[random.Next((int)Math.Min(alerts, Recent))] : NewAlert(random, kinds, totalWeight, alerts);
            if (!update)
            {
                recent[alerts++ % Recent] = alert;
            }

            var time = update ? alert.Raised.AddMinutes(1 + random.Next(2000)) : alert.Raised;
            (times[0], times[1], times[2], times[3]) = (time, alert.Start, alert.Start.AddSeconds(32), time.AddSeconds(-1));
            var cells = rows.Build(alert.Kind, update && random.Next(50) == 0 ? alert with { Id = alert.Id.ToUpperInvariant() } : alert, update ? "InProgress" : "New");
            writer.Write(cells, times);
            rowCount++;
        }

        writer.End();
        counted.Flush();
        return new SyntheticExportSize(rowCount, alerts, counted.Written);
    }

    private static SyntheticAlert NewAlert(Random random, IReadOnlyList<SyntheticAlertKind> kinds, int totalWeight, long index)
    {
        var draw = random.Next(totalWeight);
        var kind = kinds[^1];
        foreach (var k in kinds)
        {
            if ((draw -= k.Weight) < 0)
            {
                kind = k;
                break;
            }
        }

        var id = random.Next(1000) == 0 ? "" : Guid(random);
        var raised = AsOf.AddSeconds(-random.Next(90 * 86_400));
        var user = $"user{random.Next(2000):D4}@contoso.example";
        return new SyntheticAlert(kind, id, Guid(random) + "_1", user, index, raised.AddMinutes(-5 - random.Next(600)), raised);
    }

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
