namespace Ttpcov.Core.Rules;

/// <summary>What one rule file yielded: the rules it holds and what in it could not be used.</summary>
public sealed record RuleFileContent(IReadOnlyList<AnalyticRule> Rules, IReadOnlyList<RuleReadProblem> Problems)
{
    public static RuleFileContent Problem(string path, string message) => new([], [new RuleReadProblem(path, message)]);
}
