namespace Ttpcov.Core.Reports;

/// <summary>
/// The matrix colours: green for covered, red for not covered, each darker the more often insiders use the technique
/// (KB tier 3 darkest, no tier lightest), so the dark red cells are the gaps to close first. Text is white on the
/// darkest shades and near-black elsewhere (WCAG AA contrast on every fill).
/// </summary>
public static class MatrixPalette
{
    public const string ContextFill = "#ffffff";
    public const string ContextStroke = "#9e9e9e";
    public const string ContextText = "#616161";
    public const string DarkText = "#1a1a1a";
    public const string LightText = "#ffffff";

    /// <summary>Tier 3, 2, 1 and none, darkest first.</summary>
    public static IReadOnlyList<int?> Tiers { get; } = [3, 2, 1, null];

    public static string Fill(MatrixCellState state, int? tier) => state switch
    {
        MatrixCellState.Covered => tier switch { >= 3 => "#1b7837", 2 => "#5aae61", 1 => "#a6dba0", _ => "#d9f0d3" },
        MatrixCellState.Uncovered => tier switch { >= 3 => "#b2182b", 2 => "#d6604d", 1 => "#f4a582", _ => "#fddbc7" },
        _ => ContextFill,
    };

    public static string Text(MatrixCellState state, int? tier) => state switch
    {
        MatrixCellState.Context => ContextText,
        _ => tier >= 3 ? LightText : DarkText,
    };
}
