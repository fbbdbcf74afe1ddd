using Ttpcov.Core.Samples;
using Ttpcov.Core.Samples.Exports;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Scale;

/// <summary>
/// The streaming readers, extractor and accumulator give exactly what the first, simple implementation gave: the
/// golden files under Golden/scale were written by it (same records, field by field, and the same summary).
/// </summary>
public sealed class OptimisedPathEquivalenceTests
{
    [Theory]
    [InlineData(ExportFormat.QueryApi, false)]
    [InlineData(ExportFormat.Ndjson, false)]
    [InlineData(ExportFormat.PortalCsv, false)]
    [InlineData(ExportFormat.Ndjson, true)]
    public void Generated_exports_give_the_same_records_and_coverage(ExportFormat format, bool gzip)
    {
        using var input = new MemoryStream(ScaleInputs.Export(format, 3_000_000, gzip));

        var fingerprint = CoverageFingerprint.Of(input, $"generated.{format}");

        GoldenFile.Verify("Ttpcov.Core.Tests", $"scale/{format}{(gzip ? ".gz" : "")}.txt", fingerprint);
    }

    [Fact]
    public void The_SecRL_sample_gives_the_same_records_and_coverage()
    {
        using var input = File.OpenRead(SharedData.Sample("alerts/microsoft__SecRL/secgym/qagen/extracted_alerts.csv"));

        GoldenFile.Verify("Ttpcov.Core.Tests", "scale/secrl.txt", CoverageFingerprint.Of(input, "extracted_alerts.csv"));
    }

    [Fact]
    public void The_msticpy_query_API_sample_gives_the_same_records_and_coverage()
    {
        using var input = File.OpenRead(SharedData.Sample("alerts/microsoft__msticpy/tests/testdata/azmondata/az_mon_raw_query.json"));

        GoldenFile.Verify("Ttpcov.Core.Tests", "scale/msticpy.txt", CoverageFingerprint.Of(input, "az_mon_raw_query.json"));
    }

    [Fact]
    public void The_built_in_sample_gives_the_same_records_and_coverage()
    {
        using var input = EmbeddedSample.Open();

        GoldenFile.Verify("Ttpcov.Core.Tests", "scale/builtin-sample.txt", CoverageFingerprint.Of(input, EmbeddedSample.Name));
    }
}
