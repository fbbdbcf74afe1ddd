using Ttpcov.Core.Rules;

namespace Ttpcov.Azure.Sentinel;

/// <summary>
/// The analytic rules and rule templates of one workspace, the api-version that answered, problems with single items
/// and notes (for example that a stable version was used, so NRT rules and sub-techniques are missing).
/// </summary>
public sealed record SentinelRuleListing(
    IReadOnlyList<AnalyticRule> Rules,
    IReadOnlyList<AnalyticRule> Templates,
    IReadOnlyList<RuleReadProblem> Problems,
    string ApiVersion,
    IReadOnlyList<string> Notes,
    int Pages);
