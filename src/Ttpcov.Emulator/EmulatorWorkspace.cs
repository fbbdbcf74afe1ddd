namespace Ttpcov.Emulator;

/// <summary>A workspace's SecurityAlert rows; a workspace without rows answers 204 like one with no data.</summary>
internal sealed class EmulatorWorkspace(IReadOnlyList<EmulatorAlertRow> rows)
{
    public IReadOnlyList<EmulatorAlertRow> Rows { get; } = rows;

    public bool IsEmpty => Rows.Count == 0;
}
