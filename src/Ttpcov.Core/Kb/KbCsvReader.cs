using System.Security.Cryptography;
using System.Text;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Kb;

/// <summary>
/// Reads a KB from CSV with a header row. The technique column is the first whose header is technique_id, TechniqueID,
/// Technique ID or ID (any case), else the first column most of whose values are technique IDs. Optional columns: a
/// name (technique_name, Technique Title, name, title), a tier (tier, frequency_tier) and tactics (tactic, tactics, tactic_shortnames,
/// tactic title; several separated by ";" or ","). Rows whose ID is empty or malformed are skipped and reported with
/// their line number.
/// </summary>
public static class KbCsvReader
{
    private static readonly string[] IdHeaders = ["technique_id", "techniqueid", "technique id", "id"];
    private static readonly string[] NameHeaders = ["technique_name", "technique name", "technique title", "name", "title"];
    private static readonly string[] TierHeaders = ["tier", "frequency_tier", "frequency tier"];
    private static readonly string[] TacticHeaders = ["tactic", "tactics", "tactic_shortnames", "tactic_shortname", "tactic title", "tactic name"];

    public static KbReadResult Read(Stream stream, string sourceName)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        var input = new JsonInput(sourceName);
        List<CsvRecord> records;
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            records = [.. CsvRecordReader.Read(reader.ReadToEnd())];
        }
        catch (FormatException e)
        {
            throw input.Fail(e.Message, null, e);
        }

        if (records.Count < 2)
        {
            throw input.Fail("needs a header row and at least one technique row");
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var rows = records.Skip(1).ToList();
        var idColumn = Column(header, IdHeaders) ?? IdColumnByValues(header.Count, rows)
            ?? throw input.Fail("has no column of technique IDs (header technique_id, TechniqueID, Technique ID or ID)", "line 1");
        var nameColumn = Column(header, NameHeaders);
        var tierColumn = Column(header, TierHeaders);
        var tacticColumn = Column(header, TacticHeaders);

        var entries = new KbEntries();
        var problems = new List<KbReadProblem>();
        foreach (var row in rows)
        {
            var text = Field(row, idColumn);
            if (!TechniqueId.TryParse(text, out var id))
            {
                problems.Add(new KbReadProblem($"line {row.Line}", text, "is not a technique ID; row skipped"));
                continue;
            }

            var tactics = Tactic.ParseList(tacticColumn is { } t ? Field(row, t) : null).Select(x => x.ShortName);
            entries.Add(id, nameColumn is { } n ? Field(row, n) : null, tactics, Tier(row, tierColumn, problems));
        }

        if (entries.Count == 0)
        {
            throw input.Fail($"holds no usable technique rows ({problems.Count} skipped)");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var kb = new KnowledgeBase(sourceName, "", "", sourceName, sha, entries.Build(withTiers: tierColumn is not null))
        {
            Files = [new KbSourceFile(sourceName, "CSV", sha)],
        };
        return new KbReadResult(kb, problems);
    }

    private static decimal? Tier(CsvRecord row, int? column, List<KbReadProblem> problems)
    {
        if (column is not { } c || Field(row, c).Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        if (text is "1" or "2" or "3")
        {
            return text[0] - '0';
        }

        problems.Add(new KbReadProblem($"line {row.Line}", text, "is not a tier (1, 2 or 3); tier ignored"));
        return null;
    }

    private static int? Column(List<string> header, string[] names) =>
        names.Select(n => header.IndexOf(n)).Where(i => i >= 0).Select(i => (int?)i).Min();

    private static int? IdColumnByValues(int columns, List<CsvRecord> rows)
    {
        for (var c = 0; c < columns; c++)
        {
            var values = rows.Select(r => Field(r, c)).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (values.Count > 0 && values.Count(v => TechniqueId.TryParse(v, out _)) * 2 > values.Count)
            {
                return c;
            }
        }

        return null;
    }

    private static string Field(CsvRecord row, int column) => column < row.Fields.Count ? row.Fields[column] : "";
}
