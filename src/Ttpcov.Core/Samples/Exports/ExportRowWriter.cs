namespace Ttpcov.Core.Samples.Exports;

/// <summary>Writes synthetic rows in one export shape; the cells come in <see cref="ExportColumns"/> order.</summary>
internal abstract class ExportRowWriter : IDisposable
{
    /// <summary>Index of the four datetime cells, which the writer formats itself.</summary>
    protected static readonly int[] TimeColumns =
        [.. new[] { "TimeGenerated", "StartTime", "EndTime", "ProcessingEndTime" }.Select(n => ExportColumns.Names.ToList().IndexOf(n))];

    public static ExportRowWriter For(ExportFormat format, Stream stream) => format switch
    {
        ExportFormat.QueryApi => new QueryApiRowWriter(stream),
        ExportFormat.Ndjson => new NdjsonRowWriter(stream),
        ExportFormat.PortalCsv => new PortalCsvRowWriter(stream),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public abstract void Begin();

    /// <summary>Writes one row; <paramref name="times"/> are TimeGenerated, StartTime, EndTime, ProcessingEndTime.</summary>
    public abstract void Write(string?[] cells, ReadOnlySpan<DateTimeOffset> times);

    public abstract void End();

    public abstract void Dispose();
}
