using System.Text;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Escapes text for one line of Markdown (a table cell or a list item) in CommonMark and GitHub Flavored Markdown:
/// every line break (CR, LF, U+0085, U+2028, U+2029) becomes a space so a row cannot end early, control characters
/// become U+FFFD, and the punctuation that could open markup (<c>| ` * _ [ ] &lt; &gt; ~ { } $ \</c>, and <c>&amp;</c>
/// where it could start an entity) is backslash-escaped, so alert names can neither break the table nor inject links,
/// images (both need <c>[</c>), HTML, entities or templates. Other punctuation is left as it is, to keep the file readable.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>|~{}$";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (Special.Contains(c, StringComparison.Ordinal) || (c == '&' && StartsEntity(text, i)))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c < ' ' || c is >= '\u007F' and <= '\u009F' ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    // "&amp;", "&#60;", "&#x3c;": an ampersand, a letter or '#', then alphanumerics up to ';'.
    private static bool StartsEntity(string text, int at)
    {
        var i = at + 1;
        if (i >= text.Length || !(char.IsAsciiLetter(text[i]) || text[i] == '#'))
        {
            return false;
        }

        for (i++; i < text.Length && char.IsAsciiLetterOrDigit(text[i]); i++)
        {
        }

        return i < text.Length && text[i] == ';';
    }
}
