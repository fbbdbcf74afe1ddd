namespace Ttpcov.Cli.Tests.Hostile;

/// <summary>Splits report.md into its tables and counts the cell separators of each row as a GitHub Markdown renderer would (a backslash escapes the next character).</summary>
internal static class MarkdownTableRows
{
    public static IReadOnlyList<IReadOnlyList<string>> Tables(string markdown)
    {
        var tables = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                tables.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            tables.Add(current);
        }

        return tables;
    }

    public static int Separators(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
