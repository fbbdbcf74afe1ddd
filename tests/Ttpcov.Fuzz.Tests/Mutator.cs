using System.IO.Compression;
using System.Text;

namespace Ttpcov.Fuzz.Tests;

/// <summary>Applies <see cref="Mutation"/>s to the bytes of an input. Deterministic: the same input and mutations give the same bytes.</summary>
public static class Mutator
{
    private static readonly byte[] Structure = "\"{}[],:\\\r\n;\t"u8.ToArray();

    public static byte[] Apply(byte[] input, IEnumerable<Mutation> mutations) => mutations.Aggregate(input, Apply);

    public static byte[] Apply(byte[] input, Mutation m)
    {
        var at = input.Length == 0 ? 0 : m.Position % (input.Length + 1);
        return m.Kind switch
        {
            MutationKind.Truncate => input[..at],
            MutationKind.TruncateAtStructure => TruncateAtStructure(input, m),
            MutationKind.FlipBit when input.Length > 0 => Flip(input, m.Position % input.Length, m.Value % 8),
            MutationKind.InsertToken => Insert(input, at, MutationTokens.All[m.Value % MutationTokens.All.Count]),
            MutationKind.DeleteRange => [.. input[..at], .. input[Math.Min(input.Length, at + 1 + (m.Value % 64))..]],
            MutationKind.DuplicateRange => Insert(input, at, input.AsSpan(at, Math.Min(input.Length - at, 1 + (m.Value % 256)))),
            MutationKind.HugeString => Insert(input, at, HugeString(m.Value)),
            MutationKind.DeepNesting => Insert(input, at, DeepNesting(m.Value)),
            MutationKind.WrongType => WrongType(input, m),
            MutationKind.DuplicateKey => DuplicateKey(input, m),
            MutationKind.ReencodeUtf16 => Utf16(input, bigEndian: m.Value % 2 == 1),
            MutationKind.Gzip => Gzip(input),
            MutationKind.SwapLines => SwapLines(input, m),
            MutationKind.YamlAliases => Insert(input, LineStart(input, m.Position), MutationTokens.YamlAliases[m.Value % MutationTokens.YamlAliases.Count]),
            MutationKind.TabIndent => TabIndent(input, LineStart(input, m.Position)),
            _ => input,
        };
    }

    public static byte[] Gzip(byte[] input)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(input);
        }

        return output.ToArray();
    }

    private static byte[] Flip(byte[] input, int index, int bit)
    {
        var copy = (byte[])input.Clone();
        copy[index] ^= (byte)(1 << bit);
        return copy;
    }

    private static byte[] Insert(byte[] input, int at, ReadOnlySpan<byte> bytes) => [.. input.AsSpan(0, at), .. bytes, .. input.AsSpan(at)];

    private static List<int> Positions(byte[] input, Func<int, bool> match) => Enumerable.Range(0, input.Length).Where(match).ToList();

    private static byte[] TruncateAtStructure(byte[] input, Mutation m)
    {
        var positions = Positions(input, i => Structure.Contains(input[i]) || input[i] >= 0xC0);
        if (positions.Count == 0)
        {
            return input;
        }

        var cut = positions[m.Position % positions.Count] + (m.Value % 3 == 0 ? 0 : 1);
        return input[..Math.Min(cut, input.Length)];
    }

    private static byte[] HugeString(int value) => (value % 3) switch
    {
        0 => Encoding.UTF8.GetBytes(new string('A', 1 << 16)),
        1 => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("T1078;", 20_000))),
        _ => Encoding.UTF8.GetBytes(new string('\u2756', 1 << 18)),
    };

    private static byte[] DeepNesting(int value) => (value % 3) switch
    {
        0 => Encoding.UTF8.GetBytes(new string('[', 10_000)),
        1 => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000))),
        _ => Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)),
    };

    /// <summary>Replaces the string value after the Nth <c>":"</c> (or <c>,"</c> in an array) with a number, array, object, null….</summary>
    private static byte[] WrongType(byte[] input, Mutation m)
    {
        var starts = Positions(input, i => input[i] == (byte)'"' && i > 0 && input[i - 1] is (byte)':' or (byte)',' or (byte)'[');
        if (starts.Count == 0)
        {
            return input;
        }

        var start = starts[m.Position % starts.Count];
        var end = start + 1;
        while (end < input.Length && input[end] != (byte)'"')
        {
            end += input[end] == (byte)'\\' ? 2 : 1;
        }

        return [.. input[..start], .. MutationTokens.WrongTypes[m.Value % MutationTokens.WrongTypes.Count], .. input[Math.Min(input.Length, end + 1)..]];
    }

    /// <summary>Repeats a <c>"key":</c> right after itself so the object holds the key twice.</summary>
    private static byte[] DuplicateKey(byte[] input, Mutation m)
    {
        var keys = Positions(input, i => input[i] == (byte)'"' && i > 0 && input[i - 1] is (byte)'{' or (byte)',');
        if (keys.Count == 0)
        {
            return input;
        }

        var start = keys[m.Position % keys.Count];
        var end = Array.IndexOf(input, (byte)',', start);
        return end < 0 ? input : Insert(input, start, input.AsSpan(start, end + 1 - start));
    }

    private static byte[] Utf16(byte[] input, bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Encoding.UTF8.GetString(input))];
    }

    /// <summary>The start of the line the position falls in (0 when there is no line break before it).</summary>
    private static int LineStart(byte[] input, int position)
    {
        var at = input.Length == 0 ? 0 : position % (input.Length + 1);
        return at == 0 ? 0 : Array.LastIndexOf(input, (byte)'\n', at - 1) + 1;
    }

    /// <summary>Replaces the spaces that indent a line with one tab, which YAML forbids in indentation.</summary>
    private static byte[] TabIndent(byte[] input, int lineStart)
    {
        var end = lineStart;
        while (end < input.Length && input[end] == (byte)' ')
        {
            end++;
        }

        return [.. input[..lineStart], (byte)'\t', .. input[end..]];
    }

    private static byte[] SwapLines(byte[] input, Mutation m)
    {
        var lines = Encoding.UTF8.GetString(input).Split('\n');
        if (lines.Length < 3)
        {
            return input;
        }

        var (a, b) = (1 + (m.Position % (lines.Length - 1)), 1 + (m.Value % (lines.Length - 1)));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
