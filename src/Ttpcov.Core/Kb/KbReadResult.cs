namespace Ttpcov.Core.Kb;

/// <summary>A KB read from a user's file, and the entries that could not be used (reported, never silently dropped).</summary>
public sealed record KbReadResult(KnowledgeBase KnowledgeBase, IReadOnlyList<KbReadProblem> Problems);
