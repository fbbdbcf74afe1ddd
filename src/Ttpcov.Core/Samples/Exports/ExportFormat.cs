namespace Ttpcov.Core.Samples.Exports;

/// <summary>The export shapes <see cref="SyntheticExportGenerator"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>A Log Analytics query API response: one table, <c>columns</c> then <c>rows</c> of cells.</summary>
    QueryApi,

    /// <summary>One row object per line with the table's column names.</summary>
    Ndjson,

    /// <summary>The portal's CSV: <c>TimeGenerated [UTC]</c>-style headers, every cell quoted as needed.</summary>
    PortalCsv,
}
