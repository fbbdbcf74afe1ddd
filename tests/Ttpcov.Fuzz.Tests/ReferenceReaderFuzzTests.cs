using CsCheck;

namespace Ttpcov.Fuzz.Tests;

public sealed class ReferenceReaderFuzzTests
{
    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_seed_reads_cleanly(string reader)
    {
        var seeds = ReferenceSeeds.For(reader);

        Assert.NotEmpty(seeds);
        Assert.All(seeds, ReaderOracles.For(reader));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Mutated_inputs_give_a_result_or_a_one_line_InputFormatException(string reader)
    {
        var seeds = ReferenceSeeds.For(reader);
        var oracle = ReaderOracles.For(reader);
        var tried = 0L;
        Gen.Select(Gen.Int[0, seeds.Count - 1], Mutation.Several).Sample(
            (seed, mutations) =>
            {
                Interlocked.Increment(ref tried);
                FailureArchive.Guard(reader, Mutator.Apply(seeds[seed], mutations), oracle);
            },
            seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(150), time: FuzzBudget.Time,
            print: t => $"seed {t.Item1}, mutations [{string.Join(", ", t.Item2)}]");
        FuzzCount.Report(reader + " inputs", tried);
    }

    public static TheoryData<string> Readers() => new(ReferenceSeeds.Readers);

    [Fact]
    public void Random_text_through_the_extractor_never_throws()
    {
        var tried = 0L;
        Gen.String.Sample(
            text =>
            {
                Interlocked.Increment(ref tried);
                ExtractorOracle.Check(text, text.Length * 2);
            },
            seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(500), time: FuzzBudget.Time);
        FuzzCount.Report("random ExtendedProperties strings", tried);
    }
}
