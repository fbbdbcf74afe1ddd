namespace Ttpcov.Core.Alerts;

/// <summary>
/// Normalises alert display names so that one name is counted once: white space and invisible characters at the
/// ends are removed (real exports end some names with U+200B ZERO WIDTH SPACE).
/// </summary>
public static class AlertNames
{
    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

    public static string? Normalise(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var trimmed = name.Trim();
        while (trimmed.Length > 0 && (char.IsWhiteSpace(trimmed[^1]) || Array.IndexOf(Invisible, trimmed[^1]) >= 0))
        {
            trimmed = trimmed[..^1];
        }

        while (trimmed.Length > 0 && (char.IsWhiteSpace(trimmed[0]) || Array.IndexOf(Invisible, trimmed[0]) >= 0))
        {
            trimmed = trimmed[1..];
        }

        return trimmed;
    }
}
