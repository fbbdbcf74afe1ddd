using System.Globalization;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The few ways every writer spells values, culture-free, so layers, CSV, JSON and console agree and stay diffable.
/// </summary>
internal static class InvariantText
{
    public const string Missing = "-";

    /// <summary>UTC, ISO 8601, to the second: <c>2025-06-30T12:00:00Z</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset? value) => value is { } v ? Timestamp(v) : Missing;

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage rounded half away from zero to one decimal, the precision every report shows.</summary>
    public static double RoundPercent(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public static string Percent(double value) => RoundPercent(value).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The first 12 hex digits of a SHA-256, enough to tell KB files apart in a title.</summary>
    public static string ShortHash(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;

    public static string TierName(int? tier) => tier switch
    {
        3 => "frequent",
        2 => "moderate",
        1 => "infrequent",
        null => "none",
        _ => "tier " + tier.Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"3 (frequent)" or "none".</summary>
    public static string Tier(int? tier) =>
        tier is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t} ({TierName(t)})") : TierName(null);

    /// <summary>"KB-name KB-version (sha256 1a2b3c4d5e6f)".</summary>
    public static string Kb(CoverageRun run) => $"{run.KbName} {run.KbVersion} (sha256 {ShortHash(run.KbSha256)})";

    public static string Sources(CoverageRun run) => run.Sources.Count == 0 ? Missing : string.Join(", ", run.Sources);

    /// <summary>"Name (12)", with "-" for a blank name.</summary>
    public static string Counted(CountedName counted) =>
        $"{(string.IsNullOrWhiteSpace(counted.Name) ? Missing : counted.Name)} ({Number(counted.Alerts)})";
}
