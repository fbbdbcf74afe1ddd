using System.IO.Compression;
using System.Text;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Looks at the start of an export without losing it: gzip by its magic bytes (not the file name), a byte-order
/// mark, the first significant byte (which tells JSON from text), an empty file and binary garbage.
/// </summary>
internal sealed class ContentProbe : IDisposable
{
    private const int PeekSize = 4096;
    private readonly Stream? decompressor;

    private ContentProbe(Stream content, Stream? decompressor, int bomLength, Encoding encoding, byte firstSignificant)
    {
        Content = content;
        this.decompressor = decompressor;
        BomLength = bomLength;
        Encoding = encoding;
        FirstSignificant = firstSignificant;
    }

    /// <summary>The (decompressed) data after the byte-order mark.</summary>
    public Stream Content { get; }

    /// <summary>How many bytes of byte-order mark were skipped: byte offsets in errors count them.</summary>
    public int BomLength { get; }

    public Encoding Encoding { get; }

    /// <summary>The first byte that is not whitespace (UTF-8 data only; 0 for UTF-16).</summary>
    public byte FirstSignificant { get; }

    public bool LooksLikeJson => FirstSignificant is (byte)'{' or (byte)'[';

    public static ContentProbe Open(Stream stream, string sourceName)
    {
        var magic = ReadAtLeast(stream, 2, []);
        Stream? gzip = null;
        Stream data = new PrefixedStream(magic, stream, sourceName);
        if (magic is [0x1f, 0x8b])
        {
            var decompress = new GZipStream(data, CompressionMode.Decompress, leaveOpen: true);
            gzip = Environment.ProcessorCount > 1 ? new ReadAheadStream(decompress) : decompress;
            data = new PrefixedStream(ReadOnlyMemory<byte>.Empty, gzip, sourceName);
        }

        try
        {
            return Probe(data, gzip, sourceName);
        }
        catch
        {
            gzip?.Dispose();
            throw;
        }
    }

    private static ContentProbe Probe(Stream data, Stream? gzip, string sourceName)
    {
        var head = ReadAtLeast(data, PeekSize, []);
        var (bom, encoding) = head switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, Encoding.UTF8),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            _ => (0, Encoding.UTF8),
        };
        var first = (byte)0;
        if (bom < 2 || encoding == Encoding.UTF8)
        {
            (head, first) = FindSignificant(data, head, bom, sourceName);
        }
        else if (head.Length == bom)
        {
            throw new AlertFormatException(sourceName, 0, -1, null, "empty file");
        }

        var content = new PrefixedStream(head.AsMemory(bom), data, sourceName);
        return new ContentProbe(content, gzip, bom, encoding, first);
    }

    public void Dispose() => decompressor?.Dispose();

    private static (byte[] Head, byte First) FindSignificant(Stream data, byte[] head, int bom, string sourceName)
    {
        while (true)
        {
            var index = head.AsSpan(bom).IndexOfAnyExcept(" \t\r\n"u8);
            if (head.AsSpan(bom).Contains((byte)0))
            {
                throw new AlertFormatException(sourceName, 0, -1, null, "binary data, not a CSV or JSON export");
            }

            if (index >= 0)
            {
                return (head, head[bom + index]);
            }

            var more = ReadAtLeast(data, head.Length + PeekSize, head);
            if (more.Length == head.Length)
            {
                throw new AlertFormatException(sourceName, 0, -1, null, "empty file");
            }

            head = more;
        }
    }

    private static byte[] ReadAtLeast(Stream stream, int count, byte[] already)
    {
        var buffer = new byte[count];
        already.CopyTo(buffer, 0);
        var filled = already.Length + stream.ReadAtLeast(buffer.AsSpan(already.Length), count - already.Length, throwOnEndOfStream: false);
        return filled == count ? buffer : buffer[..filled];
    }
}
