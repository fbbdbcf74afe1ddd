using Ttpcov.Core;

namespace Ttpcov.Cli.Progress;

/// <summary>
/// Decides whether a run shows progress: only when stderr is ttpcov's own console error stream, that stream is a
/// terminal (not redirected to a file or pipe), the <c>CI</c> variable is not set to a true value (CI logs are not
/// terminals even when a pseudo-terminal is attached) and the user did not ask for <c>--quiet</c>.
/// </summary>
internal static class ProgressPolicy
{
    public static IProgress<ReadProgress>? For(bool quiet, TextWriter stderr) =>
        ShouldShow(quiet, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected, Environment.GetEnvironmentVariable("CI"))
            ? new TerminalProgress(stderr, TimeProvider.System)
            : null;

    public static bool ShouldShow(bool quiet, bool stderrIsTerminal, string? ci) =>
        !quiet && stderrIsTerminal && !IsSet(ci);

    private static bool IsSet(string? ci) =>
        !string.IsNullOrWhiteSpace(ci) && !ci.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) && ci.Trim() != "0";
}
