namespace Ttpcov.Azure.Alerts;

/// <summary>What the live query returns after deduplicating alerts on the server.</summary>
public enum AlertQueryMode
{
    /// <summary>One row per alert group with identical technique text, name, product, rule and workspace (the default; bytes grow with rule variety).</summary>
    Groups,

    /// <summary>One trimmed row per deduplicated alert (bytes grow with alert volume).</summary>
    Rows,
}
