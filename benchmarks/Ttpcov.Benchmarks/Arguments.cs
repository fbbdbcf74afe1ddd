using System.Globalization;
using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Benchmarks;

/// <summary>The few options the benchmark commands take: <c>--name value</c> pairs and flags.</summary>
internal sealed class Arguments(string[] args)
{
    public string? Get(string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public bool Has(string name) => args.Contains(name);

    /// <summary>Parses 100MB, 1GB, 512KB or a plain byte count (powers of 1,000 as disks count).</summary>
    public static long ParseSize(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        var (digits, factor) = t.EndsWith("GB", StringComparison.Ordinal) ? (t[..^2], 1_000_000_000L)
            : t.EndsWith("MB", StringComparison.Ordinal) ? (t[..^2], 1_000_000L)
            : t.EndsWith("KB", StringComparison.Ordinal) ? (t[..^2], 1_000L)
            : (t, 1L);
        return (long)(double.Parse(digits, CultureInfo.InvariantCulture) * factor);
    }

    /// <summary>queryapi, ndjson, csv, each optionally with .gz.</summary>
    public static (ExportFormat Format, bool Gzip) ParseFormat(string text)
    {
        var gzip = text.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var name = gzip ? text[..^3] : text;
        var format = name.ToUpperInvariant() switch
        {
            "QUERYAPI" or "JSON" => ExportFormat.QueryApi,
            "NDJSON" => ExportFormat.Ndjson,
            "CSV" => ExportFormat.PortalCsv,
            _ => throw new ArgumentException($"unknown format {text}"),
        };
        return (format, gzip);
    }

    public static string Extension(ExportFormat format, bool gzip) =>
        (format switch { ExportFormat.QueryApi => ".json", ExportFormat.Ndjson => ".ndjson", _ => ".csv" }) + (gzip ? ".gz" : "");
}
