namespace Ttpcov.Core.Formats;

/// <summary>
/// Counts lines in bytes as a reader consumes them, across buffer refills: CR, LF and CRLF each end one line,
/// as <see cref="DelimitedTextReader"/> counts them. Offsets must be asked for in increasing order.
/// </summary>
/// <param name="start">The offset of the first byte counted: data before it (a byte-order mark) holds no line break.</param>
internal sealed class ByteLineCounter(long start = 0)
{
    private long countedTo = start;
    private long line = 1;
    private bool lastWasCr;

    /// <summary>
    /// The 1-based line of the byte at <paramref name="offset"/>; <paramref name="buffer"/> holds the data from
    /// <paramref name="bufferOrigin"/> on and must still contain every byte not yet counted.
    /// </summary>
    public long LineAt(long offset, ReadOnlySpan<byte> buffer, long bufferOrigin)
    {
        if (offset <= countedTo)
        {
            return line;
        }

        var from = (int)(countedTo - bufferOrigin);
        var to = (int)Math.Min(offset - bufferOrigin, buffer.Length);
        var rest = buffer[from..to];
        while (rest.Length > 0)
        {
            var at = rest.IndexOfAny((byte)'\r', (byte)'\n');
            if (at < 0)
            {
                lastWasCr = false;
                break;
            }

            var b = rest[at];
            if (b == (byte)'\r' || at > 0 || !lastWasCr)
            {
                line++;
            }

            lastWasCr = b == (byte)'\r';
            rest = rest[(at + 1)..];
        }

        countedTo = bufferOrigin + to;
        return line;
    }
}
