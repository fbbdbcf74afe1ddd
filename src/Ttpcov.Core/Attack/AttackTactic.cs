namespace Ttpcov.Core.Attack;

/// <summary>A tactic of one ATT&amp;CK release: its TA#### ID, Navigator shortname and display name.</summary>
public sealed record AttackTactic(string Id, string ShortName, string Name);
