using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// A KB technique expressed in the target ATT&amp;CK version. Several KB IDs can land on one target ID (e.g. on
/// ATT&amp;CK 19 T1562 and T1562.001 both become T1685): they merge, keeping the highest tier and every tactic.
/// </summary>
internal sealed class KbTarget(TechniqueId id)
{
    public TechniqueId Id { get; } = id;

    public List<TechniqueId> KbIds { get; } = [];

    public List<string> Tactics { get; } = [];

    public int? Tier { get; set; }
}
