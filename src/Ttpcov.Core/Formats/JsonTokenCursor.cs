using System.Text.Json;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Streams JSON tokens from a <see cref="Stream"/> with <see cref="Utf8JsonReader"/> over a refilled buffer
/// (read more when <c>Read()</c> returns false; <c>isFinalBlock</c> at the end), so only one token, or one
/// value handed out whole by <see cref="ReadValueBytes"/>, has to fit in memory. The buffer grows for a token
/// longer than itself. Knows the byte offset and line of every token and turns reader errors into
/// <see cref="AlertFormatException"/>.
/// </summary>
internal sealed class JsonTokenCursor
{
    private readonly Stream stream;
    private readonly string sourceName;
    private readonly ByteLineCounter lines;
    private byte[] buffer;
    private int start;
    private int end;
    private long origin;
    private bool finalBlock;
    private int pin = -1;
    private JsonReaderState state = new(new JsonReaderOptions { AllowMultipleValues = true });

    public JsonTokenCursor(Stream stream, string sourceName, long originOffset, int bufferSize)
    {
        this.stream = stream;
        this.sourceName = sourceName;
        origin = originOffset;
        lines = new ByteLineCounter(originOffset);
        buffer = new byte[Math.Max(4, bufferSize)];
    }

    public JsonTokenType TokenType { get; private set; }

    public int Depth { get; private set; }

    /// <summary>The value of the current string or property name token.</summary>
    public string? Text { get; private set; }

    /// <summary>The byte offset of the current token in the (decompressed) data.</summary>
    public long TokenOffset { get; private set; }

    /// <summary>The 1-based line of the current token.</summary>
    public long TokenLine => lines.LineAt(TokenOffset, buffer.AsSpan(0, end), origin);

    /// <summary>Moves to the next token; false at the end of the data.</summary>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            try
            {
                if (reader.Read())
                {
                    TokenType = reader.TokenType;
                    Depth = reader.CurrentDepth;
                    TokenOffset = origin + start + reader.TokenStartIndex;
                    Text = TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString() : null;
                    Consume(ref reader);
                    return true;
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                throw Malformed(ex, start + (int)reader.BytesConsumed);
            }

            Consume(ref reader);
            if (finalBlock)
            {
                return false;
            }

            Refill();
        }
    }

    /// <summary>
    /// The UTF-8 text of the whole value whose first token is current (an object or array is read to its end).
    /// Valid until the next call on this cursor.
    /// </summary>
    public ReadOnlyMemory<byte> ReadValueBytes()
    {
        var first = (int)(TokenOffset - origin);
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return buffer.AsMemory(first, start - first);
        }

        pin = first;
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            try
            {
                if (reader.TrySkip())
                {
                    Consume(ref reader);
                    TokenType = reader.TokenType;
                    first = pin;
                    pin = -1;
                    return buffer.AsMemory(first, start - first);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                throw Malformed(ex, start + (int)reader.BytesConsumed);
            }

            Refill();
        }
    }

    /// <summary>
    /// Parses the object or array whose first token is current with <paramref name="row"/>, in one pass of one
    /// <see cref="Utf8JsonReader"/> over the buffer. When the buffer runs out inside the value the parser returns
    /// <see cref="JsonRowOutcome.NeedMore"/>; the cursor refills and runs it again from the value's start. On
    /// <see cref="JsonRowOutcome.Declined"/> nothing is consumed and the caller reads the value token by token.
    /// </summary>
    public JsonRowOutcome ParseValue(JsonRowParser row)
    {
        pin = (int)(TokenOffset - origin);
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
            JsonRowOutcome outcome;
            try
            {
                outcome = row.Parse(ref reader, buffer.AsSpan(start, end - start));
            }
            catch (JsonException ex)
            {
                throw Malformed(ex, start + (int)reader.BytesConsumed);
            }

            if (outcome == JsonRowOutcome.NeedMore && !finalBlock)
            {
                Refill();
                continue;
            }

            pin = -1;
            if (outcome == JsonRowOutcome.Parsed)
            {
                TokenType = reader.TokenType;
                Depth = reader.CurrentDepth;
                Consume(ref reader);
            }

            return outcome == JsonRowOutcome.NeedMore ? throw Malformed(new JsonException("unexpected end of data"), end) : outcome;
        }
    }

    /// <summary>Moves past the value whose first token is current, token by token (nothing is kept).</summary>
    public void SkipValue()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = Depth;
        while (Read() && !(Depth == depth && TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray))
        {
        }
    }

    /// <summary>An error located at the current token.</summary>
    public AlertFormatException Error(string detail) => new(sourceName, TokenLine, TokenOffset, null, detail);

    private void Consume(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    private void Refill()
    {
        var keep = pin >= 0 ? pin : start;
        lines.LineAt(origin + keep, buffer.AsSpan(0, end), origin);
        if (keep == 0 && end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else
        {
            buffer.AsSpan(keep, end - keep).CopyTo(buffer);
            origin += keep;
            start -= keep;
            end -= keep;
            pin = pin >= 0 ? 0 : -1;
        }

        // Fill the buffer, however few bytes each read returns (a pipe, a decompressor): each refill re-scans the
        // unfinished token, so refilling a few bytes at a time would take quadratic time on a long string.
        var wanted = buffer.Length - end;
        var read = stream.ReadAtLeast(buffer.AsSpan(end), wanted, throwOnEndOfStream: false);
        end += read;
        finalBlock = read < wanted;
    }

    private AlertFormatException Malformed(Exception ex, int position)
    {
        var offset = origin + position;
        var line = lines.LineAt(offset, buffer.AsSpan(0, end), origin);
        return new AlertFormatException(sourceName, line, offset, null, Describe(ex, buffer.AsSpan(position, end - position)), ex);
    }

    private string Describe(Exception ex, ReadOnlySpan<byte> rest)
    {
        var trimmed = rest.Trim(" \t\r\n"u8);
        if (finalBlock && trimmed.Length > 0 && trimmed[0] == (byte)'"' && JsonTextScan.IsUnterminatedString(trimmed))
        {
            return "unexpected end of data inside a string (truncated file?)";
        }

        if (finalBlock && JsonTextScan.IsPartialScalar(trimmed))
        {
            return "unexpected end of data (truncated file?)";
        }

        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "invalid JSON: " + (cut > 0 ? message[..cut] : message);
    }
}
