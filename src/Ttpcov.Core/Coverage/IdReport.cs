namespace Ttpcov.Core.Coverage;

/// <summary>
/// A technique value that could not be used as it stands: a token that is not an ATT&amp;CK ID (unrecognised), or
/// an ID the target version does not know or has deprecated. <see cref="FirstSeenAt"/> points at the first record
/// that carried it, so a person can find it.
/// </summary>
public sealed record IdReport(string Value, long Alerts, string Reason, string FirstSeenAt);
