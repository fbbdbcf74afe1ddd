namespace Ttpcov.Core.Formats;

/// <summary>
/// An alert export that cannot be read: says where (source, 1-based line and/or byte offset, column) and what.
/// <see cref="Exception.Message"/> is one line a user can act on, e.g.
/// <c>alerts.json: line 12, byte 40213: unexpected end of data inside a string (truncated file?)</c> or
/// <c>export.csv:57: unterminated quoted field starting here (field ExtendedProperties)</c>.
/// </summary>
public sealed class AlertFormatException : Exception
{
    public AlertFormatException(string source, long line, long byteOffset, string? field, string detail, Exception? innerException = null)
        : base(Compose(source, line, byteOffset, field, detail), innerException)
    {
        Source = source;
        Line = line;
        ByteOffset = byteOffset;
        Field = field;
        Detail = OneLineText.From(detail);
    }

    /// <summary>The file (or stream) name the caller gave the reader.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line, or 0 when it does not apply.</summary>
    public long Line { get; }

    /// <summary>The 0-based byte offset in the (decompressed) data, or -1 when not known.</summary>
    public long ByteOffset { get; }

    /// <summary>The column concerned, when there is one.</summary>
    public string? Field { get; }

    /// <summary>The message without the location.</summary>
    public string Detail { get; }

    private static string Compose(string source, long line, long byteOffset, string? field, string detail)
    {
        var where = (line > 0, byteOffset >= 0) switch
        {
            (true, true) => $"{source}: line {line}, byte {byteOffset}: ",
            (true, false) => $"{source}:{line}: ",
            (false, true) => $"{source}: byte {byteOffset}: ",
            _ => $"{source}: ",
        };
        var what = OneLineText.From(detail);
        return OneLineText.From(field is null ? where + what : $"{where}{what} (field {field})", int.MaxValue);
    }
}
