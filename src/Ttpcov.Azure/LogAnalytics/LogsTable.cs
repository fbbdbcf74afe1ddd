namespace Ttpcov.Azure.LogAnalytics;

/// <summary>
/// One result table. Cells are kept as text: strings as they are, <c>dynamic</c> and JSON cells as their JSON
/// text, numbers as their raw JSON text (a <c>long</c> never goes through <c>double</c>), booleans as
/// <c>true</c>/<c>false</c>, the strings <c>"NaN"</c>/<c>"Infinity"</c> as they are, and JSON null as null.
/// </summary>
public sealed class LogsTable(string name, IReadOnlyList<LogsColumn> columns, IReadOnlyList<string?[]> rows)
{
    public string Name { get; } = name;

    public IReadOnlyList<LogsColumn> Columns { get; } = columns;

    public IReadOnlyList<string?[]> Rows { get; } = rows;

    /// <summary>The position of a column by name (case-insensitive), or -1. Read columns by name, never by position.</summary>
    public int IndexOf(string columnName)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, columnName, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
