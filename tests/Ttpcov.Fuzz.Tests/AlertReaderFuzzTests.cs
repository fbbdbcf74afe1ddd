using CsCheck;
using Ttpcov.Core.Formats;

namespace Ttpcov.Fuzz.Tests;

public sealed class AlertReaderFuzzTests
{
    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_export_shape_reads_back_exactly_the_rows_it_was_written_from(ExportFormat format)
    {
        var rows = AlertRows.All;
        foreach (var bytes in new[] { ExportWriter.Write(rows, format), Mutator.Gzip(ExportWriter.Write(rows, format)) })
        {
            var outcome = AlertOracle.Check(bytes);

            Assert.Null(outcome.Error);
            var expected = rows.Select(r => r.Select(v => ExportWriter.KeepsNull(format) ? v : v ?? "").ToArray());
            Assert.Equal(expected, outcome.Value!.Select(r => AlertRows.FromRecord(r).ToArray()));
        }
    }

    public static TheoryData<ExportFormat> Formats() => new(Enum.GetValues<ExportFormat>());

    [Fact]
    public void Mutated_exports_give_records_or_a_located_AlertFormatException_and_nothing_else()
    {
        var seeds = AlertSeeds.All;
        var tried = 0L;
        Gen.Select(Gen.Int[0, seeds.Count - 1], Mutation.Several).Sample(
            (seed, mutations) =>
            {
                Interlocked.Increment(ref tried);
                FailureArchive.Guard("alerts", Mutator.Apply(seeds[seed], mutations), bytes => AlertOracle.Check(bytes));
            },
            seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(400), time: FuzzBudget.Time,
            print: t => $"seed {t.Item1}, mutations [{string.Join(", ", t.Item2)}]");
        FuzzCount.Report("alert exports", tried);
    }

    [Fact]
    public void Random_bytes_give_records_or_a_located_AlertFormatException()
    {
        var tried = 0L;
        Gen.Byte.Array[0, 600].Sample(
            bytes =>
            {
                Interlocked.Increment(ref tried);
                FailureArchive.Guard("alerts", bytes, b => AlertOracle.Check(b));
            },
            seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(300), time: FuzzBudget.Time);
        FuzzCount.Report("random bytes as alert exports", tried);
    }

    [Fact]
    public void Depth_ten_thousand_is_an_error_with_a_position_not_a_stack_overflow()
    {
        var deep = System.Text.Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000));

        var outcome = AlertOracle.Check(deep);

        Assert.IsType<AlertFormatException>(outcome.Error);
    }

    [Fact]
    public void A_megabyte_string_arriving_a_few_bytes_per_read_is_read_without_hanging()
    {
        var rows = new[] { AlertRows.Synthetic[0].Select((v, i) => i == 3 ? new string('\u2756', 1 << 19) : v).ToArray() };
        var bytes = ExportWriter.Write(rows, ExportFormat.QueryApi);

        var outcome = BoundedRun.Execute(() => AlertFileReader.Read(new TrickleStream(new MemoryStream(bytes)), "long.json").ToList(), bytes.Length);

        Assert.Null(outcome.Error);
        Assert.Equal(1 << 19, Assert.Single(outcome.Value!).AlertName!.Length);
    }
}
