namespace Ttpcov.Core.Tests;

/// <summary>The cultures golden files are compared under: decimal comma, narrow no-break space grouping, a Buddhist calendar.</summary>
public static class Cultures
{
    public static TheoryData<string> Hostile { get; } = ["de-DE", "fr-FR", "th-TH"];
}
