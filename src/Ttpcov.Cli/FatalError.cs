using Ttpcov.Core.Formats;

namespace Ttpcov.Cli;

/// <summary>
/// Turns the exceptions that mean "this run cannot go on" into a one-line message and an exit code. Exceptions it
/// does not know are bugs and are left to crash with their stack trace.
/// </summary>
internal sealed record FatalError(string Message, int ExitCode)
{
    public static FatalError? From(Exception exception) => exception switch
    {
        OperationCanceledException => new FatalError("cancelled", ExitCodes.Cancelled),
        AlertFormatException e => new FatalError(e.Message, ExitCodes.Error),
        InputException e => new FatalError(e.Message, ExitCodes.Error),
        Azure.Sentinel.SentinelRequestException e => new FatalError(e.Message, ExitCodes.Error),
        global::Azure.Identity.AuthenticationFailedException e => new FatalError($"sign-in failed: {e.Message}", ExitCodes.Error),
        Core.InputFormatException e => new FatalError(e.Message, ExitCodes.Error),
        FileNotFoundException e => new FatalError($"{e.FileName ?? "file"}: no such file", ExitCodes.Error),
        DirectoryNotFoundException e => new FatalError(e.Message, ExitCodes.Error),
        UnauthorizedAccessException e => new FatalError(e.Message, ExitCodes.Error),
        IOException e => new FatalError(e.Message, ExitCodes.Error),
        FormatException e => new FatalError(e.Message, ExitCodes.Error),
        _ => null,
    };
}
