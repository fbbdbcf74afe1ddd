namespace Ttpcov.Emulator;

/// <summary>
/// A request as the emulator saw it. The Authorization header is never stored: only whether it was present
/// and whether its bearer token matched the configured one.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    bool HadAuthorization,
    bool AuthorizationMatched,
    string Body,
    string? Query,
    string? Timespan,
    int Status);
