namespace Ttpcov.Core.Rules;

/// <summary>Something in one rule file (or API page) that could not be used; the rest of the file and of the run go on.</summary>
public sealed record RuleReadProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
