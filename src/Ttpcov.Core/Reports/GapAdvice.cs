using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// What would close a gap, in plain words: for a sub-technique whose parent alone is alerted on, map those alerts'
/// rules to the sub-technique; otherwise a detection that raises alerts carrying the ID, fed by the data components
/// ATT&amp;CK names for it. The text is unescaped: each writer escapes it for its format.
/// </summary>
internal static class GapAdvice
{
    public static string For(KbTechniqueCoverage technique, IReadOnlyList<string> dataComponents)
    {
        var advice = technique.ParentOnly
            ? $"{InvariantText.Number(technique.ParentOnlyAlerts)} alert(s) carry the parent {technique.Id.Parent} only: tag the rules behind them with {technique.Id}, or add a detection specific to it."
            : $"No alert in the window carries {technique.Id}: enable or write a detection whose alerts carry it.";
        return dataComponents.Count == 0
            ? advice
            : $"{advice} Data it needs: {string.Join(", ", dataComponents)}.";
    }
}
