namespace Ttpcov.Core.Kb;

/// <summary>An entry of a KB file that was skipped or partly ignored: where it is, the value as written, and why.</summary>
public sealed record KbReadProblem(string Position, string Value, string Problem)
{
    public override string ToString() => $"{Position}: '{Value}' {Problem}";
}
