namespace Ttpcov.Core.Reports;

/// <summary>What a matrix cell stands for: a covered or uncovered KB technique, or a parent shown only to hold its KB sub-techniques.</summary>
public enum MatrixCellState
{
    Uncovered,
    Covered,
    Context,
}
