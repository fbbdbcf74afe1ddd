namespace Ttpcov.Core.Reports;

/// <summary>One tactic column of the matrix: its cells, parents each followed by their sub-techniques, in ID order.</summary>
public sealed record MatrixColumn(string ShortName, string Name, IReadOnlyList<MatrixCell> Cells)
{
    public int Covered => Cells.Count(c => c.State == MatrixCellState.Covered);

    public int KbTechniques => Cells.Count(c => c.State != MatrixCellState.Context);
}
