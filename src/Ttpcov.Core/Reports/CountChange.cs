using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Reports;

/// <summary>One KB technique whose coverage changed between two runs: its alert count before and after.</summary>
public sealed record CountChange(TechniqueId Id, string Name, long Before, long After)
{
    public long Delta => After - Before;
}
