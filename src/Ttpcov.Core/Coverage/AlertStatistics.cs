namespace Ttpcov.Core.Coverage;

/// <summary>
/// How many alert rows were read and what became of them. <see cref="UniqueAlerts"/> counts deduplicated alerts in
/// the window (rows without SystemAlertId count once each); <see cref="AlertsWithTechniques"/> those carrying at
/// least one well-formed technique ID.
/// </summary>
public sealed record AlertStatistics(
    long RowsRead,
    long RowsOutsideWindow,
    long RowsWithoutTime,
    long RowsWithoutAlertId,
    long DuplicateRows,
    long UniqueAlerts,
    long AlertsWithTechniques,
    long AlertsWithUnreadableExtendedProperties);
