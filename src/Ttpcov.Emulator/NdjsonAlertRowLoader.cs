using System.Text;
using System.Text.Json;

namespace Ttpcov.Emulator;

/// <summary>
/// One JSON object per line with SecurityAlert column names. Strings are taken as they are; numbers, booleans,
/// objects and arrays as their JSON text; null as null. Blank lines are skipped; a line that is not an object
/// fails with its line number.
/// </summary>
public sealed class NdjsonAlertRowLoader : IAlertRowLoader
{
    public IEnumerable<IReadOnlyDictionary<string, string?>> Load(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, number);
        }
    }

    private static Dictionary<string, string?> ParseLine(string line, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"NDJSON line {number} is not a JSON object.");
            }

            var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                row[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }

            return row;
        }
        catch (JsonException ex)
        {
            throw new FormatException($"NDJSON line {number} is not valid JSON: {ex.Message}", ex);
        }
    }
}
