namespace Ttpcov.Core.Reports;

/// <summary>
/// Wraps a label into at most <c>maxLines</c> lines of at most <c>width</c> characters, at spaces where it can, and
/// ends a label that does not fit with "…". Counting characters (not measuring glyphs) keeps the SVG deterministic.
/// </summary>
internal static class MatrixLabel
{
    public static IReadOnlyList<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            if (rest.Length <= width)
            {
                lines.Add(rest);
                return lines;
            }

            if (lines.Count == maxLines - 1)
            {
                lines.Add(rest[..(width - 1)].TrimEnd() + "…");
                return lines;
            }

            var cut = rest.LastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        return lines;
    }
}
