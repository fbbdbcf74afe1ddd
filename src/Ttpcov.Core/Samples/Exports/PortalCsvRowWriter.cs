using System.Globalization;
using System.Text;

namespace Ttpcov.Core.Samples.Exports;

/// <summary>
/// The portal's CSV export: a UTF-8 byte-order mark, <c>TimeGenerated [UTC]</c>-style headers, dates in the US
/// locale form (<c>7/4/2024, 10:35:00.746 PM</c>), fields quoted when they hold a comma, quote or line break.
/// </summary>
internal sealed class PortalCsvRowWriter(Stream stream) : ExportRowWriter
{
    private readonly StreamWriter _text = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);

    public override void Begin()
    {
        _text.Write(string.Join(',', ExportColumns.Names.Select(ExportColumns.PortalHeader)));
        _text.Write("\r\n");
    }

    public override void Write(string?[] cells, ReadOnlySpan<DateTimeOffset> times)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Write(',');
            }

            var time = Array.IndexOf(TimeColumns, i);
            var cell = time >= 0 ? times[time].UtcDateTime.ToString("M/d/yyyy, h:mm:ss.fff tt", CultureInfo.InvariantCulture) : cells[i];
            WriteField(cell ?? "");
        }

        _text.Write("\r\n");
    }

    public override void End() => _text.Flush();

    private void WriteField(string cell)
    {
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Write(cell);
            return;
        }

        _text.Write('"');
        _text.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        _text.Write('"');
    }

    public override void Dispose() => _text.Dispose();
}
