using Ttpcov.Core.Attack;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// One technique drawn under one tactic. <see cref="ShortName"/> is the technique's own name (a sub-technique's
/// without its parent's); <see cref="ParentOnly"/> marks a gap whose parent alone is alerted on; <see cref="Rung"/> is
/// its rung of the evidence ladder when rules were given (null otherwise, and for context cells).
/// </summary>
public sealed record MatrixCell(
    TechniqueId Id,
    string ShortName,
    string FullName,
    MatrixCellState State,
    int? Tier,
    long Alerts,
    bool ParentOnly)
{
    public bool IsSubTechnique => Id.IsSubTechnique;

    public EvidenceRung? Rung { get; init; }
}
