using Ttpcov.Core.Attack;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// What <c>ttpcov diff</c> needs from a <c>summary.json</c>: which KB and ATT&amp;CK versions it was made with, which KB
/// techniques were covered, how many alerts each had and the headline percentages (as written, one decimal).
/// <see cref="Names"/> holds the technique names the summary gave (empty when read from elsewhere); <see cref="Rungs"/>
/// each KB technique's rung of the evidence ladder when the run had rules (null otherwise).
/// </summary>
public sealed record CoverageSummary(
    string KbName,
    string KbVersion,
    string KbSha256,
    string KbAttackVersion,
    string AttackVersion,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<TechniqueId> CoveredIds,
    IReadOnlyList<TechniqueId> UncoveredIds,
    IReadOnlyDictionary<TechniqueId, long> AlertCounts,
    double Percent,
    double WeightedPercent,
    IReadOnlyDictionary<TechniqueId, string>? Names = null,
    IReadOnlyDictionary<TechniqueId, EvidenceRung>? Rungs = null)
{
    /// <summary>The name the summary gave a technique, or its ID.</summary>
    public string NameOf(TechniqueId id) => Names is not null && Names.TryGetValue(id, out var name) ? name : id.ToString();
}
