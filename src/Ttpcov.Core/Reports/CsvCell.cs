namespace Ttpcov.Core.Reports;

/// <summary>
/// One CSV cell made safe: neutralised against spreadsheet formula injection (OWASP: a leading <c>= + - @</c>,
/// tab or carriage return gets a <c>'</c> prefix), then quoted per RFC 4180 when it holds a comma, quote or line break.
/// </summary>
internal static class CsvCell
{
    public static string Text(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return Quote(safe);
    }

    /// <summary>A value ttpcov formatted itself (technique ID, number, timestamp, keyword): quoted if need be, never prefixed.</summary>
    public static string Plain(string value) => Quote(value);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
