namespace Ttpcov.Core.Samples.Exports;

/// <summary>One synthetic alert: its ID, when it started and was first raised, and what it is about; re-emitted by status updates.</summary>
internal sealed record SyntheticAlert(SyntheticAlertKind Kind, string Id, string VendorId, string User, long Index, DateTimeOffset Start, DateTimeOffset Raised);
