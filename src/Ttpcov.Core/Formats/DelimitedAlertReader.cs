using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Reads SecurityAlert rows from delimited text with a header: columns are matched by name
/// (<see cref="AlertColumns"/>); extra fields in a row are ignored and missing ones are null.
/// </summary>
internal static class DelimitedAlertReader
{
    public static IEnumerable<AlertRecord> Read(TextReader text, string sourceName, AlertReadOptions options)
    {
        var header = DelimitedHeader.Read(text, options.Delimiter, sourceName);
        var columns = header.Columns;
        columns.Require(sourceName, header.Line);
        var rows = new DelimitedTextReader(text, header.Delimiter, sourceName, header.NextLine, options.BufferSize)
        {
            ColumnNames = columns.Names,
            Wanted = [.. Enumerable.Range(0, columns.Count).Select(i => columns[i] != AlertField.None)],
        };
        var fields = new List<string>();
        while (rows.TryReadRecord(fields))
        {
            var record = new AlertRecord { Location = new RecordLocation(sourceName, rows.RecordLine) };
            for (var i = 0; i < fields.Count && i < columns.Count; i++)
            {
                record.Set(columns[i], fields[i]);
            }

            yield return record;
        }
    }
}
