namespace Ttpcov.Azure.Alerts;

/// <summary>How <see cref="SentinelAlertSource"/> slices a window.</summary>
public sealed class SentinelAlertSourceOptions
{
    /// <summary>The length of the first slices; null queries the whole window at once and splits only on demand.</summary>
    public TimeSpan? InitialSliceLength { get; set; }

    /// <summary>A slice this short or shorter is not split again; a too-large answer for it fails the read.</summary>
    public TimeSpan MinimumSliceLength { get; set; } = TimeSpan.FromMinutes(1);
}
