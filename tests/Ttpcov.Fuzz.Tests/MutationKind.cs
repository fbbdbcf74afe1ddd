namespace Ttpcov.Fuzz.Tests;

/// <summary>The ways <see cref="Mutator"/> damages an input.</summary>
public enum MutationKind
{
    Truncate,
    TruncateAtStructure,
    FlipBit,
    InsertToken,
    DeleteRange,
    DuplicateRange,
    HugeString,
    DeepNesting,
    WrongType,
    DuplicateKey,
    ReencodeUtf16,
    Gzip,
    SwapLines,
    YamlAliases,
    TabIndent,
}
