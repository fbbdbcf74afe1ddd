namespace Ttpcov.Core.Coverage;

/// <summary>
/// What the result needs of one deduplicated alert (or one weighted group), in 48 bytes: times as UTC ticks
/// (0 = unknown) and indexes into the pools of <see cref="AlertSet"/> instead of strings.
/// </summary>
internal readonly record struct AlertFacts(
    long LastSeenTicks,
    long FirstSeenTicks,
    int TechniqueSet,
    int Name,
    int Product,
    int Rule,
    int Workspace,
    long Weight);
