using Azure.Identity;
using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.Auth;
using Ttpcov.Azure.LogAnalytics;
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
        Core.InputFormatException e => new FatalError(e.Message, ExitCodes.Error),
        LogAnalyticsRequestException e => new FatalError(e.Message, ExitCodes.Error),
        IncompleteSliceException e => new FatalError(e.Message, ExitCodes.Error),
        TokenPolicyException e => new FatalError(e.Message, ExitCodes.Error),
        CredentialUnavailableException e => new FatalError("sign-in: " + FirstLine(e.Message), ExitCodes.Error),
        AuthenticationFailedException e => new FatalError("sign-in failed: " + FirstLine(e.Message), ExitCodes.Error),
        FileNotFoundException e => new FatalError($"{e.FileName ?? "file"}: no such file", ExitCodes.Error),
        DirectoryNotFoundException e => new FatalError(e.Message, ExitCodes.Error),
        UnauthorizedAccessException e => new FatalError(e.Message, ExitCodes.Error),
        IOException e => new FatalError(e.Message, ExitCodes.Error),
        FormatException e => new FatalError(e.Message, ExitCodes.Error),
        _ => null,
    };

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
