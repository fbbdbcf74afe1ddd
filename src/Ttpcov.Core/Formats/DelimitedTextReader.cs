using System.Buffers;
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
    private readonly SearchValues<char> stops;
    private readonly SearchValues<char> quotedStops = SearchValues.Create("\"\r\n");

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
        stops = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    /// <summary>Column names used to name the field in errors (the header, once read).</summary>
    public IReadOnlyList<string>? ColumnNames { get; set; }

    /// <summary>The 1-based line on which the record last returned by <see cref="TryReadRecord"/> starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>
    /// Which columns to keep, by position; the others come back as empty strings without being copied. Null keeps all.
    /// </summary>
    internal bool[]? Wanted { get; set; }

    /// <summary>Reads the next record's fields into <paramref name="fields"/> (cleared first); false at the end of the data.</summary>
    /// <remarks>Scans runs of ordinary characters in bulk; only quotes, delimiters and line breaks are looked at one by one.</remarks>
    public bool TryReadRecord(List<string> fields)
    {
        fields.Clear();
        field.Clear();
        var state = State.RecordStart;
        long fieldLine = 0;
        while (position < length || Fill())
        {
            var rest = buffer.AsSpan(position, length - position);
            var c = rest[0];
            switch (state)
            {
                case State.RecordStart when c is '\r' or '\n':
                    Consume(c);
                    continue;
                case State.RecordStart:
                    RecordLine = line;
                    state = State.FieldStart;
                    continue;
                case State.FieldStart when c == '"':
                    fieldLine = line;
                    Consume(c);
                    state = State.Quoted;
                    continue;
                case State.Quoted:
                    var run = rest.IndexOfAny(quotedStops) is var q and >= 0 ? rest[..q] : rest;
                    Take(run, fields.Count);
                    if (run.Length < rest.Length)
                    {
                        c = rest[run.Length];
                        Consume(c);
                        state = c == '"' ? State.QuoteSeen : State.Quoted;
                        if (c != '"')
                        {
                            Append(c, fields.Count);
                        }
                    }

                    continue;
                case State.QuoteSeen when c == '"':
                    Consume(c);
                    Append(c, fields.Count);
                    state = State.Quoted;
                    continue;
                default:
                    var text = rest.IndexOfAny(stops) is var u and >= 0 ? rest[..u] : rest;
                    Take(text, fields.Count);
                    if (text.Length == rest.Length)
                    {
                        state = State.Unquoted;
                        continue;
                    }

                    c = rest[text.Length];
                    Consume(c);
                    if (c == delimiter)
                    {
                        EndField(fields);
                        state = State.FieldStart;
                    }
                    else if (c is '\r' or '\n')
                    {
                        return EndField(fields);
                    }
                    else
                    {
                        Append(c, fields.Count);
                        state = State.Unquoted;
                    }

                    continue;
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
        fields.Add(IsWanted(fields.Count) ? field.ToString() : string.Empty);
        field.Clear();
        return true;
    }

    private bool IsWanted(int index) => Wanted is not { } wanted || (index < wanted.Length && wanted[index]);

    /// <summary>Takes a run of ordinary characters from the buffer into the field.</summary>
    private void Take(ReadOnlySpan<char> run, int index)
    {
        if (run.Length > 0)
        {
            position += run.Length;
            previous = '\0';
            if (IsWanted(index))
            {
                field.Append(run);
            }
        }
    }

    /// <summary>Adds a character already stepped over (a quote, a line break inside quotes) to the field.</summary>
    private void Append(char c, int index)
    {
        if (IsWanted(index))
        {
            field.Append(c);
        }
    }

    private string? FieldName(int index) =>
        ColumnNames is { } names && index < names.Count ? names[index] : $"#{index + 1}";

    /// <summary>Steps over one quote, delimiter or line break, counting lines as editors do.</summary>
    private void Consume(char c)
    {
        position++;
        if (c == '\r' || (c == '\n' && previous != '\r'))
        {
            line++;
        }

        previous = c;
    }

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
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
