using Ttpcov.Core.Attack;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>One KB technique that stood on another rung of the evidence ladder in the new run than in the old one.</summary>
public sealed record RungChange(TechniqueId Id, string Name, EvidenceRung Before, EvidenceRung After)
{
    /// <summary>True when it climbed towards "alerted" (rung numbers fall as evidence gets stronger).</summary>
    public bool Improved => After < Before;
}
