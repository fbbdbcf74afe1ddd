using CsCheck;

namespace Ttpcov.Fuzz.Tests;

/// <summary>One damage to an input: a kind, a position and a value, both scaled to the input when applied.</summary>
public readonly record struct Mutation(MutationKind Kind, int Position, int Value)
{
    private static readonly int KindCount = Enum.GetValues<MutationKind>().Length;

    /// <summary>One to three mutations; CsCheck shrinks towards fewer, earlier and smaller ones.</summary>
    public static Gen<Mutation[]> Several { get; } =
        Gen.Select(Gen.Int[0, KindCount - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], (k, p, v) => new Mutation((MutationKind)k, p, v)).Array[1, 3];

    public override string ToString() => $"{Kind}@{Position}/{Value}";
}
