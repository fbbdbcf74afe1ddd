namespace Ttpcov.Core.Attack;

/// <summary>
/// An ATT&amp;CK tactic by its Navigator shortname (<c>lateral-movement</c>). Parsing tolerates the spellings
/// seen in Sentinel and rule files (<c>LateralMovement</c>, <c>Lateral movement</c>, <c>lateral-movement</c>);
/// values it does not know are kept, normalised the same way, so nothing is lost.
/// </summary>
public readonly record struct Tactic(string ShortName)
{
    /// <summary>Parses one tactic name; returns false for empty text and placeholders such as <c>Unknown</c>, <c>N.A.</c> or <c>-</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Tactic tactic)
    {
        tactic = default;
        text = text.Trim().Trim('"').Trim();
        if (text.IsEmpty || text is "-" || text.Equals("Unknown", StringComparison.OrdinalIgnoreCase)
            || text.Equals("N.A.", StringComparison.OrdinalIgnoreCase) || text.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        tactic = new Tactic(Normalise(text));
        return true;
    }

    /// <summary>Splits a comma (or JSON array) list of tactics, dropping placeholders and duplicates.</summary>
    public static IReadOnlyList<Tactic> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var result = new List<Tactic>();
        foreach (var range in text.AsSpan().SplitAny(",;[]"))
        {
            if (TryParse(text.AsSpan()[range], out var tactic) && !result.Contains(tactic))
            {
                result.Add(tactic);
            }
        }

        return result;
    }

    // "LateralMovement" -> "lateral-movement", "Lateral movement" -> "lateral-movement", "CommandandControl" -> "command-and-control".
    private static string Normalise(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '_' or '-')
            {
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }

                continue;
            }

            if (char.IsUpper(c) && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var shortName = builder.ToString().Trim('-');
        return Aliases.TryGetValue(shortName, out var alias) ? alias : shortName;
    }

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["commandand-control"] = "command-and-control",
        ["command-control"] = "command-and-control",
        ["commandandcontrol"] = "command-and-control",
        ["pre-attack"] = "pre-attack",
    };

    public override string ToString() => ShortName;
}
