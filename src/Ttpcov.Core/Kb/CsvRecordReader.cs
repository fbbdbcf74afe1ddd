using System.Text;

namespace Ttpcov.Core.Kb;

/// <summary>
/// Splits CSV text into records: RFC 4180 quoting (<c>""</c> inside quotes, delimiters and newlines inside quoted
/// fields), LF or CRLF line ends, blank lines skipped. The delimiter is whichever of comma, semicolon or tab the
/// first line holds most of.
/// </summary>
internal static class CsvRecordReader
{
    private static readonly char[] Delimiters = [',', ';', '\t'];

    public static IEnumerable<CsvRecord> Read(string text)
    {
        var delimiter = Delimiter(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (End(fields, field) is { } record)
                {
                    yield return new CsvRecord(recordLine, record);
                }

                recordLine = ++line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"a quoted field that starts on line {recordLine} is never closed");
        }

        if (End(fields, field) is { } last)
        {
            yield return new CsvRecord(recordLine, last);
        }
    }

    private static List<string>? End(List<string> fields, StringBuilder field)
    {
        fields.Add(field.ToString());
        field.Clear();
        List<string>? record = fields.All(string.IsNullOrWhiteSpace) ? null : [.. fields];
        fields.Clear();
        return record;
    }

    private static char Delimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        return Delimiters.OrderByDescending(d => first.Count(c => c == d)).First();
    }
}
