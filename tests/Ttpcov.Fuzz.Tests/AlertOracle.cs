using System.IO.Compression;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Judges one alert export: reading it must give records or the documented <see cref="AlertFormatException"/> (one
/// line, naming the file and, unless the whole file is at fault, a position); never more records than the data has
/// rows; and the same outcome when the bytes come gzipped or a few at a time.
/// </summary>
public static class AlertOracle
{
    public const string Name = "fuzzed-export";

    private static readonly string[] WholeFileProblems = ["empty file", "binary data", "corrupt compressed data"];

    public static Outcome<List<AlertRecord>> Check(byte[] input)
    {
        var plain = Read(input, s => s);
        Judge(plain, input);
        var compressed = input is [0x1F, 0x8B, ..];
        if (!compressed)
        {
            Same(plain, Read(Mutator.Gzip(input), s => s), "gzipped", exactError: true);
        }

        // A corrupt deflate stream fails wherever the decompressor notices, which depends on how much it was given.
        Same(plain, Read(input, s => new TrickleStream(s)), "read a few bytes at a time", exactError: !compressed);
        return plain;
    }

    public static string Describe(List<AlertRecord> records) =>
        string.Join("\n", records.Select(r => $"{r.Location}|{string.Join("|", AlertRows.FromRecord(r))}|{r.RuleId}|{r.Weight}"));

    private static Outcome<List<AlertRecord>> Read(byte[] input, Func<Stream, Stream> wrap) =>
        BoundedRun.Execute(() =>
        {
            using var stream = wrap(new MemoryStream(input, writable: false));
            return AlertFileReader.Read(stream, Name).ToList();
        }, input.Length);

    private static void Same(Outcome<List<AlertRecord>> plain, Outcome<List<AlertRecord>> other, string how, bool exactError)
    {
        var (expected, actual) = (plain.Describe(Describe), other.Describe(Describe));
        Judge(other, []);
        if (actual != expected && (exactError || !plain.Failed || !other.Failed))
        {
            throw new InvalidOperationException($"the same data {how} reads differently:\n  plain: {Abbreviate(expected)}\n  {how}: {Abbreviate(actual)}");
        }
    }

    private static void Judge(Outcome<List<AlertRecord>> outcome, byte[] input)
    {
        if (outcome.Error is { } error)
        {
            if (error is not AlertFormatException format)
            {
                throw new InvalidOperationException($"a {error.GetType().Name} escaped the reader (only AlertFormatException may): {error}", error);
            }

            ErrorShape.RequireOneLine(format.Message, Name);
            if (format.Source != Name || (format.Line <= 0 && format.ByteOffset < 0 && !WholeFileProblems.Any(format.Detail.StartsWith)))
            {
                throw new InvalidOperationException($"the error does not say where: {format.Message}");
            }

            return;
        }

        var records = outcome.Value!;
        var rows = RowBound(input);
        if (input.Length > 0 && records.Count > rows)
        {
            throw new InvalidOperationException($"{records.Count} records from data with at most {rows} rows");
        }

        if (records.Any(r => r.Location.Source != Name || r.Weight != 1))
        {
            throw new InvalidOperationException("a record names another source or weighs more than one alert");
        }

        var accumulated = BoundedRun.Execute(() => Accumulate(records), input.Length);
        if (accumulated.Error is { } accumulateError and not AlertFormatException)
        {
            throw new InvalidOperationException($"a {accumulateError.GetType().Name} escaped the accumulator (only AlertFormatException may): {accumulateError}", accumulateError);
        }

        if (accumulated.Value is { } unique && unique > records.Count)
        {
            throw new InvalidOperationException($"{unique} unique alerts from {records.Count} records");
        }
    }

    /// <summary>Deduplicates and extracts as the coverage command does; returns the number of unique alerts.</summary>
    private static long Accumulate(List<AlertRecord> records)
    {
        var accumulator = new AlertAccumulator(CoverageWindow.Whole);
        records.ForEach(accumulator.Add);
        return accumulator.Build().Statistics.UniqueAlerts;
    }

    /// <summary>An upper bound on the rows any shape can hold: line breaks plus JSON objects and arrays, plus one.</summary>
    private static long RowBound(byte[] input)
    {
        var data = input;
        if (input is [0x1F, 0x8B, ..])
        {
            try
            {
                using var gzip = new GZipStream(new MemoryStream(input), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                data = plain.ToArray();
            }
            catch (InvalidDataException)
            {
                return long.MaxValue;
            }
        }

        return 1 + data.Count(b => b is (byte)'\n' or (byte)'\r' or (byte)'{' or (byte)'[');
    }

    private static string Abbreviate(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
