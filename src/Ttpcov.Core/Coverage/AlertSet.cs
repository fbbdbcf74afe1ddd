namespace Ttpcov.Core.Coverage;

/// <summary>
/// The deduplicated alerts of a run, compact: their facts plus the pools those facts point into, and the counts of
/// what happened to the rows. Built by <see cref="AlertAccumulator"/>, read by <see cref="CoverageCalculator"/>.
/// </summary>
public sealed class AlertSet
{
    internal AlertSet(IEnumerable<AlertFacts> alerts, TechniqueSetPool techniqueSets, ValuePool names, ValuePool products, ValuePool rules, ValuePool workspaces, AlertStatistics statistics)
    {
        Alerts = alerts;
        TechniqueSets = techniqueSets;
        Names = names;
        Products = products;
        Rules = rules;
        Workspaces = workspaces;
        Statistics = statistics;
    }

    public AlertStatistics Statistics { get; }

    internal IEnumerable<AlertFacts> Alerts { get; }

    internal TechniqueSetPool TechniqueSets { get; }

    internal ValuePool Names { get; }

    internal ValuePool Products { get; }

    internal ValuePool Rules { get; }

    internal ValuePool Workspaces { get; }
}
