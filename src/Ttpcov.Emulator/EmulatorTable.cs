namespace Ttpcov.Emulator;

/// <summary>A result table before encoding: column names and types, and rows of string, long, DateTimeOffset or null cells.</summary>
internal sealed record EmulatorTable(IReadOnlyList<(string Name, string Type)> Columns, IReadOnlyList<object?[]> Rows);
