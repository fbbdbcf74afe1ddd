namespace Ttpcov.Core.Coverage;

/// <summary>An ID that alerts or the KB used and that ttpcov mapped onto another ID of the target version (revoked, or newer).</summary>
public sealed record IdMapping(string From, string To, string Path, long Alerts);
