namespace Ttpcov.Fuzz.Tests;

/// <summary>The export shapes <see cref="ExportWriter"/> writes, one per shape AlertFileReader reads.</summary>
public enum ExportFormat
{
    QueryApi,
    JsonRows,
    AzCli,
    Ndjson,
    RestEntities,
    RestArray,
    DelimitedDingbat,
    DelimitedComma,
    DelimitedSemicolon,
    DelimitedTab,
}
