using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Writes <c>gaps.csv</c>: one row per KB technique no alert covers, most frequent insider techniques first (KB tier
/// 3 → none, then ID), with its rung, the enabled rules that stayed silent, the templates that would cover it (names,
/// ids, required data connectors), disabled rules to switch on, and the ATT&amp;CK data components that would see it.
/// Same CSV conventions as <see cref="CoverageCsvWriter"/>: RFC 4180, LF, free text neutralised against injection.
/// </summary>
public sealed class GapsCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "technique_id", "name", "tier", "rung", "enabled_rules", "template_names", "template_ids", "required_connectors",
        "disabled_rules", "data_components",
    ];

    public void Write(CoverageResult result, TextWriter output)
    {
        var rules = result.Rules ?? throw new InvalidOperationException("gaps.csv needs rule coverage in the result.");
        WriteRow(output, Columns);
        foreach (var (technique, ladder) in Gaps(result, rules))
        {
            WriteRow(output, Row(technique, ladder));
        }
    }

    /// <summary>The KB techniques no alert covers, most frequent KB tier first, then by ID.</summary>
    public static IEnumerable<(KbTechniqueCoverage Technique, TechniqueRuleCoverage Ladder)> Gaps(CoverageResult result, RuleCoverage rules) =>
        result.Techniques.Zip(rules.Techniques)
            .Where(p => p.Second.Rung != EvidenceRung.Alerted)
            .OrderByDescending(p => p.First.Tier ?? 0)
            .ThenBy(p => p.First.Id);

    private static string[] Row(KbTechniqueCoverage t, TechniqueRuleCoverage ladder) =>
    [
        CsvCell.Plain(t.Id.ToString()),
        CsvCell.Text(t.Name),
        CsvCell.Plain(t.Tier is { } tier ? InvariantText.Number(tier) : string.Empty),
        CsvCell.Plain(ladder.RungName),
        CsvCell.Text(string.Join("; ", ladder.EnabledRules.Select(r => r.Name))),
        CsvCell.Text(string.Join("; ", ladder.Templates.Select(r => r.Name))),
        CsvCell.Text(string.Join(";", ladder.Templates.Select(r => r.Id))),
        CsvCell.Text(string.Join("; ", ladder.Templates.SelectMany(r => r.RequiredConnectors).Select(c => c.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))),
        CsvCell.Text(string.Join("; ", ladder.DisabledRules.Select(r => r.Name))),
        CsvCell.Text(string.Join("; ", ladder.DataComponents)),
    ];

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells)
    {
        output.Write(string.Join(',', cells));
        output.Write('\n');
    }
}
