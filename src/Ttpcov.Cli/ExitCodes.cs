namespace Ttpcov.Cli;

/// <summary>The exit codes of ttpcov, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>The run completed and wrote its outputs.</summary>
    public const int Success = 0;

    /// <summary>Bad input, an unreadable file, a failed API call or any other error; nothing was written.</summary>
    public const int Error = 1;

    /// <summary>Coverage is below <c>--fail-under</c> (all outputs were written).</summary>
    public const int BelowThreshold = 2;

    /// <summary><c>ttpcov diff</c>: a KB technique that was covered is no longer covered.</summary>
    public const int CoverageLost = 3;

    /// <summary>The command line itself is wrong (unknown option, missing value).</summary>
    public const int Usage = 64;

    /// <summary>Cancelled by the user (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
