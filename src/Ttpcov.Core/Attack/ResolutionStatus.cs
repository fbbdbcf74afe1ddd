namespace Ttpcov.Core.Attack;

/// <summary>How a technique ID relates to the target ATT&amp;CK version.</summary>
public enum ResolutionStatus
{
    /// <summary>Live in the target as it stands.</summary>
    Live,

    /// <summary>Not live in the target, but maps onto exactly one live target ID (revocation chain, or a newer ID's predecessor).</summary>
    Remapped,

    /// <summary>Deprecated in the target, with no successor.</summary>
    Deprecated,

    /// <summary>Known to another ATT&amp;CK release but with no live counterpart in the target.</summary>
    NotInTarget,

    /// <summary>A newer ID that several target IDs turned into, none of them clearly the one; the candidates are listed, never guessed.</summary>
    Ambiguous,

    /// <summary>No Enterprise release ttpcov knows has this ID (ICS or mobile IDs, typos).</summary>
    Unknown,
}
