namespace Ttpcov.Azure.LogAnalytics;

/// <summary>A result column: its name and its Log Analytics type (<c>string</c>, <c>datetime</c>, <c>long</c>, <c>dynamic</c>, ...).</summary>
public sealed record LogsColumn(string Name, string Type);
