using System.IO.Compression;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using Ttpcov.Core.Formats;

namespace Ttpcov.Benchmarks.EndToEnd;

/// <summary>
/// The floors: reading the file (and unpacking gzip) and tokenizing it, doing nothing else. JSON: every token of
/// <see cref="Utf8JsonReader"/> over a refilled 1 MiB buffer. CSV: Sep (the fastest .NET CSV parser) touching
/// every field's span, and our own <see cref="DelimitedTextReader"/> making every field a string.
/// </summary>
internal static class RawFloor
{
    public static long JsonTokens(string path)
    {
        using var stream = Open(path);
        var buffer = new byte[1 << 20];
        var state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
        int start = 0, end = 0;
        var final = false;
        long tokens = 0;
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
            while (reader.Read())
            {
                tokens++;
            }

            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            if (final)
            {
                return tokens;
            }

            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.ReadAtLeast(buffer.AsSpan(end), buffer.Length - end, throwOnEndOfStream: false);
            end += read;
            final = read == 0;
        }
    }

    public static long SepFields(string path)
    {
        using var stream = Open(path);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), DisableColCountCheck = true, Unescape = true }).From(stream);
        long fields = 0, length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }

            fields += row.ColCount;
        }

        return fields + (length & 1);
    }

    public static long OwnFields(string path)
    {
        using var stream = Open(path);
        using var text = new StreamReader(stream, Encoding.UTF8, true, 1 << 16);
        var reader = new DelimitedTextReader(text, ',', path);
        var fields = new List<string>();
        long count = 0;
        while (reader.TryReadRecord(fields))
        {
            count += fields.Count;
        }

        return count;
    }

    private static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
