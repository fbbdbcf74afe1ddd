namespace Ttpcov.Core.Coverage;

/// <summary>What produced a result: inputs, window, KB, ATT&amp;CK version and when it was generated (given by the caller: the core has no clock).</summary>
public sealed record CoverageRun(
    IReadOnlyList<string> Sources,
    CoverageWindow Window,
    string KbName,
    string KbVersion,
    string KbSha256,
    string KbAttackVersion,
    string AttackVersion,
    string AttackSource,
    DateTimeOffset GeneratedAt,
    string ToolVersion);
