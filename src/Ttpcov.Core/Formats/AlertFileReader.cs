using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Reads an offline export of the SecurityAlert table, whatever its shape, as a stream of <see cref="AlertRecord"/>:
/// gzip is unpacked (recognised by its magic bytes), a byte-order mark skipped, and the format detected from the
/// content: JSON (query API response, REST incident-alert entities, a row array, NDJSON) when the first
/// significant character is <c>{</c> or <c>[</c>, delimited text otherwise. Nothing is read until the result is
/// enumerated; problems in the data surface then as <see cref="AlertFormatException"/>. The caller owns the stream.
/// </summary>
public static class AlertFileReader
{
    public static AlertReading Read(Stream stream, string sourceName, AlertReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = options ?? AlertReadOptions.Default;
        return new AlertReading(sourceName, reading => Produce(stream, sourceName, settings, reading));
    }

    private static IEnumerable<AlertRecord> Produce(Stream stream, string sourceName, AlertReadOptions options, AlertReading reading)
    {
        using var probe = ContentProbe.Open(stream, sourceName);
        var json = options.Format switch
        {
            AlertFileFormat.Auto => probe.LooksLikeJson,
            AlertFileFormat.Delimited => false,
            _ => true,
        };
        if (json)
        {
            var cursor = new JsonTokenCursor(probe.Content, sourceName, probe.BomLength, options.BufferSize);
            foreach (var record in new JsonAlertReader(cursor, sourceName, options.Format, reading).Read())
            {
                yield return record;
            }

            yield break;
        }

        reading.Format = AlertFileFormat.Delimited;
        using var text = new StreamReader(probe.Content, probe.Encoding, detectEncodingFromByteOrderMarks: false, Math.Max(16, options.BufferSize));
        foreach (var record in DelimitedAlertReader.Read(text, sourceName, options))
        {
            yield return record;
        }
    }
}
