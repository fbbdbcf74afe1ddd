namespace Ttpcov.Core.Formats;

/// <summary>
/// A read-only stream that replays bytes already read for format detection, then continues with the rest,
/// so detection works on streams that cannot seek (stdin, a network body, a decompressor).
/// Turns a decompressor's <see cref="InvalidDataException"/> into an <see cref="AlertFormatException"/>.
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest, string sourceName) : Stream
{
    private ReadOnlyMemory<byte> pending = prefix;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!pending.IsEmpty)
        {
            var n = Math.Min(buffer.Length, pending.Length);
            pending.Span[..n].CopyTo(buffer);
            pending = pending[n..];
            return n;
        }

        try
        {
            return rest.Read(buffer);
        }
        catch (InvalidDataException ex)
        {
            throw new AlertFormatException(sourceName, 0, -1, null, $"corrupt compressed data: {ex.Message}", ex);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
