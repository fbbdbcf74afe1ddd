namespace Ttpcov.Core.Samples.Exports;

/// <summary>What <see cref="SyntheticExportGenerator"/> wrote: rows, distinct alerts, uncompressed bytes.</summary>
public readonly record struct SyntheticExportSize(long Rows, long Alerts, long Bytes);
