using System.Text;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Escapes text for HTML and XML (SVG) alike, in element content and in quoted attribute values: <c>&amp; &lt; &gt;
/// " '</c> become character references, and characters XML 1.0 forbids (C0 controls other than tab and line feed,
/// lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so a hostile alert name can neither open an element nor make
/// <c>matrix.svg</c> unparseable. Carriage returns become line feeds.
/// </summary>
internal static class MarkupText
{
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
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r': builder.Append('\n'); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(IsAllowed(c) ? c : '\uFFFD');
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' || (c >= ' ' && c is not ('\uFFFE' or '\uFFFF') && !char.IsSurrogate(c) && !(c is >= '\u007F' and <= '\u009F'));
}
