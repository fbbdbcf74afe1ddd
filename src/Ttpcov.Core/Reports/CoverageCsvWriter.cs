using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// Writes <c>coverage.csv</c>: a header and one row per KB technique in ID order. RFC 4180 quoting, LF line ends
/// (also after the last row), invariant numbers, UTC ISO timestamps, empty cells for "none". Lists of IDs and tactics
/// are joined with ";", lists of free text with "; ". Free text is CSV-injection safe (see <see cref="CsvCell"/>);
/// technique IDs, numbers and keywords are written as they are.
/// </summary>
public sealed class CoverageCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "technique_id", "name", "tactics", "tier", "status", "parent_only", "alert_count", "first_seen", "last_seen",
        "alert_names", "products", "rules", "workspaces", "observed_as", "kb_ids",
    ];

    public void Write(CoverageResult result, TextWriter output)
    {
        WriteRow(output, Columns);
        foreach (var technique in result.Techniques.OrderBy(t => t.Id))
        {
            WriteRow(output, Row(technique));
        }
    }

    private static string[] Row(KbTechniqueCoverage t)
    {
        var e = t.Evidence;
        return
        [
            CsvCell.Plain(t.Id.ToString()),
            CsvCell.Text(t.Name),
            CsvCell.Text(string.Join(";", t.Tactics)),
            CsvCell.Plain(t.Tier is { } tier ? InvariantText.Number(tier) : string.Empty),
            CsvCell.Plain(t.Covered ? "covered" : "uncovered"),
            CsvCell.Plain(t.ParentOnly ? "true" : "false"),
            CsvCell.Plain(InvariantText.Number(e.AlertCount)),
            CsvCell.Plain(e.FirstSeen is { } first ? InvariantText.Timestamp(first) : string.Empty),
            CsvCell.Plain(e.LastSeen is { } last ? InvariantText.Timestamp(last) : string.Empty),
            CsvCell.Text(Names(e.AlertNames)),
            CsvCell.Text(Names(e.Products)),
            CsvCell.Text(Names(e.Rules)),
            CsvCell.Text(Names(e.Workspaces)),
            CsvCell.Text(Names(e.ObservedAs)),
            CsvCell.Plain(string.Join(";", t.KbIds)),
        ];
    }

    private static string Names(IReadOnlyList<CountedName> names) => string.Join("; ", names.Select(n => n.Name));

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(cells[i]);
        }

        output.Write('\n');
    }
}
