using System.Text;

namespace Ttpcov.Core.Formats;

/// <summary>
/// The header line of delimited text and the delimiter it reveals: among <c>❖ , ; TAB |</c>, the one that splits
/// the header into the most recognised SecurityAlert columns (a tie goes to the most fields, then to list order).
/// </summary>
internal sealed record DelimitedHeader(char Delimiter, AlertColumnMap Columns, long Line, long NextLine)
{
    private static readonly char[] Candidates = ['\u2756', ',', ';', '\t', '|'];

    /// <summary>Reads the first non-blank line (quotes respected) and leaves <paramref name="text"/> at the next one.</summary>
    public static DelimitedHeader Read(TextReader text, char? delimiter, string sourceName)
    {
        var (header, line, nextLine) = ReadLine(text);
        var candidates = delimiter is { } forced ? [forced] : Candidates;
        return candidates
            .Select(c => new DelimitedHeader(c, Split(header, c, sourceName), line, nextLine))
            .OrderByDescending(h => h.Columns.RecognisedCount)
            .ThenByDescending(h => h.Columns.Count)
            .First();
    }

    private static AlertColumnMap Split(string header, char delimiter, string sourceName)
    {
        var fields = new List<string>();
        new DelimitedTextReader(new StringReader(header), delimiter, sourceName).TryReadRecord(fields);
        return new AlertColumnMap(fields);
    }

    private static (string Header, long Line, long NextLine) ReadLine(TextReader text)
    {
        var header = new StringBuilder();
        var quoted = false;
        long line = 1;
        long start = 1;
        int c;
        while ((c = text.Read()) >= 0)
        {
            var lineBreak = c == '\r' || (c == '\n' && (header.Length == 0 || header[^1] != '\r'));
            if (c is '\r' or '\n' && !quoted)
            {
                line++;
                if (c == '\r' && text.Peek() == '\n')
                {
                    text.Read();
                }

                if (header.Length > 0)
                {
                    return (header.ToString(), start, line);
                }

                start = line;
                continue;
            }

            line += lineBreak ? 1 : 0;
            quoted ^= c == '"';
            header.Append((char)c);
        }

        return (header.ToString(), start, line + 1);
    }
}
