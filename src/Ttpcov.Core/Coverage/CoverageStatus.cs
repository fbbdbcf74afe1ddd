namespace Ttpcov.Core.Coverage;

/// <summary>Whether alerts cover a KB technique, by the rules in docs/coverage.md.</summary>
public enum CoverageStatus
{
    Uncovered,
    Covered,
}
