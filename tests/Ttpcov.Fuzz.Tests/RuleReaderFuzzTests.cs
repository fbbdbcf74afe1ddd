using CsCheck;

namespace Ttpcov.Fuzz.Tests;

public sealed class RuleReaderFuzzTests
{
    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_seed_gives_rules_or_problems_naming_the_file(string reader)
    {
        var seeds = RuleSeeds.For(reader);

        Assert.True(seeds.Count >= 2, $"{seeds.Count} seeds for {reader}");
        Assert.All(seeds, ReaderOracles.For(reader));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Mutated_rule_files_give_rules_or_problems_naming_the_file_and_nothing_else(string reader)
    {
        var seeds = RuleSeeds.For(reader);
        var oracle = ReaderOracles.For(reader);
        var tried = 0L;
        Gen.Select(Gen.Int[0, seeds.Count - 1], Mutation.Several).Sample(
            (seed, mutations) =>
            {
                Interlocked.Increment(ref tried);
                FailureArchive.Guard(reader, Mutator.Apply(seeds[seed], mutations), oracle);
            },
            seed: FuzzBudget.Seed, iter: FuzzBudget.Iterations(200), time: FuzzBudget.Time,
            print: t => $"seed {t.Item1}, mutations [{string.Join(", ", t.Item2)}]");
        FuzzCount.Report(reader + " inputs", tried);
    }

    public static TheoryData<string> Readers() => new(RuleSeeds.Readers);
}
