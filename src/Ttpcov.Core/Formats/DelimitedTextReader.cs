using System.Text;

namespace Ttpcov.Core.Formats;

/// <summary>
/// An RFC-4180 record reader for any single-character delimiter: <c>"</c> quoting with <c>""</c> escapes, and
/// LF, CRLF or even CR CR LF inside quoted fields. Records end at an unquoted CR, LF or CRLF; blank lines are skipped.
/// Lenient like Python's csv module: a stray quote inside an unquoted field, or text after a closing quote, is kept.
/// Lines are counted as editors count them (CR, LF and CRLF each end one line), so CR CR LF is two lines.
/// </summary>
/// <remarks>
/// Our own on purpose: the fast libraries cannot read the real exports. Sep accepts only ASCII separators and
/// Sylvan.Data.Csv rejects U+2756 <c>❖</c>, the delimiter of the SecRL SecurityAlert sample.
/// </remarks>
public sealed class DelimitedTextReader
{
    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly string sourceName;
    private readonly char[] buffer;
    private readonly StringBuilder field = new();
    private int position;
    private int length;
    private long line;
    private char previous;

    public DelimitedTextReader(TextReader reader, char delimiter, string sourceName, long firstLine = 1, int bufferSize = 16 * 1024)
    {
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException($"'{delimiter}' cannot be a delimiter.", nameof(delimiter));
        }

        this.reader = reader;
        this.delimiter = delimiter;
        this.sourceName = sourceName;
        buffer = new char[Math.Max(1, bufferSize)];
        line = firstLine;
    }

    /// <summary>Column names used to name the field in errors (the header, once read).</summary>
    public IReadOnlyList<string>? ColumnNames { get; set; }

    /// <summary>The 1-based line on which the record last returned by <see cref="TryReadRecord"/> starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Reads the next record's fields into <paramref name="fields"/> (cleared first); false at the end of the data.</summary>
    public bool TryReadRecord(List<string> fields)
    {
        fields.Clear();
        field.Clear();
        var state = State.RecordStart;
        long fieldLine = 0;
        while (TryNext(out var c, out var charLine))
        {
            switch (state)
            {
                case State.RecordStart when c is '\r' or '\n':
                    continue;
                case State.RecordStart:
                    RecordLine = charLine;
                    goto case State.FieldStart;
                case State.FieldStart when c == '"':
                    fieldLine = charLine;
                    state = State.Quoted;
                    break;
                case State.FieldStart:
                case State.Unquoted:
                case State.QuoteSeen:
                    if (c == delimiter)
                    {
                        EndField(fields);
                        state = State.FieldStart;
                    }
                    else if (c is '\r' or '\n')
                    {
                        EndField(fields);
                        return true;
                    }
                    else if (state == State.QuoteSeen && c == '"')
                    {
                        field.Append('"');
                        state = State.Quoted;
                    }
                    else
                    {
                        field.Append(c);
                        state = State.Unquoted;
                    }

                    break;
                case State.Quoted when c == '"':
                    state = State.QuoteSeen;
                    break;
                case State.Quoted:
                    field.Append(c);
                    break;
            }
        }

        return state switch
        {
            State.RecordStart => false,
            State.Quoted => throw new AlertFormatException(
                sourceName, fieldLine, -1, FieldName(fields.Count), "unterminated quoted field starting here"),
            _ => EndField(fields),
        };
    }

    private bool EndField(List<string> fields)
    {
        fields.Add(field.ToString());
        field.Clear();
        return true;
    }

    private string? FieldName(int index) =>
        ColumnNames is { } names && index < names.Count ? names[index] : $"#{index + 1}";

    private bool TryNext(out char c, out long charLine)
    {
        if (position == length)
        {
            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            if (length == 0)
            {
                c = default;
                charLine = line;
                return false;
            }
        }

        c = buffer[position++];
        charLine = line;
        if (c == '\r' || (c == '\n' && previous != '\r'))
        {
            line++;
        }

        previous = c;
        return true;
    }

    private enum State
    {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteSeen,
    }
}
