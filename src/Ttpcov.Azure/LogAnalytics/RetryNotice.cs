namespace Ttpcov.Azure.LogAnalytics;

/// <summary>What the client saw before waiting <see cref="Delay"/> and trying again: a status, or the network error's type.</summary>
public sealed record RetryNotice(int Attempt, TimeSpan Delay, int? Status, string? ErrorType);
