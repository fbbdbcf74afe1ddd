namespace Ttpcov.Core.Kb;

/// <summary>One published file a KB was read from: its name, what it contributed, and its SHA-256 (lower-case hex).</summary>
public sealed record KbSourceFile(string Name, string Role, string Sha256);
