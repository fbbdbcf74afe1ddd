namespace Ttpcov.Core.Rules;

/// <summary>
/// Every rule and template read for a run (one copy per id), what could not be read (per file or page), the
/// duplicates that were left out and notes about the sources (e.g. an API version without sub-techniques).
/// Rules are in the order their sources were read.
/// </summary>
public sealed record RuleSet(
    IReadOnlyList<AnalyticRule> Rules,
    IReadOnlyList<RuleReadProblem> Problems,
    IReadOnlyList<RuleDuplicate> Duplicates,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Sources)
{
    public static RuleSet Empty { get; } = new([], [], [], [], []);

    public int EnabledRules => Rules.Count(r => r.IsEnabledRule);

    public int DisabledRules => Rules.Count(r => !r.IsTemplate && !r.Enabled && !r.IsIncidentCreation);

    public int Templates => Rules.Count(r => r.IsTemplate && !r.IsIncidentCreation);

    public int IncidentCreationRules => Rules.Count(r => r.IsIncidentCreation);

    /// <summary>Rules per kind (Scheduled, NRT, Fusion, …), most first, then by name.</summary>
    public IReadOnlyList<(string Kind, int Count)> CountsByKind() =>
        [.. Rules.GroupBy(r => r.Kind, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(k => k.Item2).ThenBy(k => k.Item1, StringComparer.Ordinal)];
}
