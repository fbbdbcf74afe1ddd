namespace Ttpcov.Core.Rules;

/// <summary>A rule id read more than once: the copy that was kept and the one that was left out, with why.</summary>
public sealed record RuleDuplicate(string Id, string Name, string KeptSource, string DroppedSource, string Reason);
