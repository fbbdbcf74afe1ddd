using Ttpcov.Core.Alerts;
using Ttpcov.Core.Formats;

namespace Ttpcov.Emulator;

/// <summary>
/// Loads SecurityAlert rows from any export ttpcov reads (query API JSON, JSON rows, NDJSON, delimited text, gzip)
/// through Core's <see cref="AlertFileReader"/>, so the emulator serves exactly the rows an offline run would see.
/// </summary>
public sealed class AlertFileRowLoader(string sourceName = "rows") : IAlertRowLoader
{
    public IEnumerable<IReadOnlyDictionary<string, string?>> Load(Stream stream)
    {
        foreach (var record in AlertFileReader.Read(stream, sourceName))
        {
            var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (column, field) in AlertColumns.Canonical)
            {
                row[column] = record.Get(field);
            }

            yield return row;
        }
    }
}
