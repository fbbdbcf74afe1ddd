namespace Ttpcov.Core.Rules;

/// <summary>A rule file to read: its path (used in reports and to pair side-cars) and how to open it.</summary>
public sealed record RuleSourceFile(string Path, Func<Stream> Open);
