namespace Ttpcov.Core;

/// <summary>
/// Makes text taken from an input safe to put in a one-line error message: line breaks and other control characters
/// become spaces and anything past a few hundred characters is cut, so a hostile or huge value cannot spread an
/// error over many lines (or megabytes).
/// </summary>
internal static class OneLineText
{
    public const int MaxLength = 300;

    public static string From(string text, int maxLength = MaxLength)
    {
        var cut = text.Length > maxLength ? text[..maxLength] + "…" : text;
        return string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c;
            }
        });
    }
}
