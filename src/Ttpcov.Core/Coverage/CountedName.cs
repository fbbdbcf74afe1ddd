namespace Ttpcov.Core.Coverage;

/// <summary>A distinct value (alert name, product, rule ID, workspace, technique as alerts spelled it) and how many deduplicated alerts had it.</summary>
public sealed record CountedName(string Name, long Alerts);
