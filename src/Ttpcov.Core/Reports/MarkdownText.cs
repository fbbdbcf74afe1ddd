using System.Text;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Escapes text for one line of Markdown (a table cell or a list item) in CommonMark and GitHub Flavored Markdown:
/// every line break (CR, LF, U+0085, U+2028, U+2029) becomes a space so a row cannot end early, control characters
/// become U+FFFD, and the punctuation that could open markup (<c>| ` * _ [ ] ( ) &lt; &gt; ! # ~ &amp; { } \</c>)
/// is backslash-escaped, so alert names can neither break the table nor inject links, images, HTML or templates.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]()<>|!#~&{}$";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (Special.Contains(c, StringComparison.Ordinal))
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
}
