using System.Collections;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// The records of one export, read lazily as they are enumerated (once: the stream is consumed), plus what the
/// reading found out: the format, how many records, and whether a portal export probably hit the row cap.
/// Errors surface as <see cref="AlertFormatException"/> during enumeration.
/// </summary>
public sealed class AlertReading : IEnumerable<AlertRecord>
{
    /// <summary>The portal exports at most this many rows per query result (sentinel-api.md §7.1).</summary>
    public const int PortalRowCap = 30_000;

    private readonly Func<AlertReading, IEnumerable<AlertRecord>> produce;
    private bool started;

    internal AlertReading(string sourceName, Func<AlertReading, IEnumerable<AlertRecord>> produce)
    {
        SourceName = sourceName;
        this.produce = produce;
    }

    public string SourceName { get; }

    /// <summary>The format found (<see cref="AlertFileFormat.Auto"/> until the first record or the end).</summary>
    public AlertFileFormat Format { get; internal set; }

    /// <summary>How many records have been read so far.</summary>
    public long RecordCount { get; private set; }

    /// <summary>True once the whole file has been read.</summary>
    public bool Completed { get; private set; }

    /// <summary>
    /// A completely read delimited file with exactly <see cref="PortalRowCap"/> data rows: a portal export that was
    /// probably truncated. The caller should warn.
    /// </summary>
    public bool ReachedPortalRowCap => Completed && Format == AlertFileFormat.Delimited && RecordCount == PortalRowCap;

    public IEnumerator<AlertRecord> GetEnumerator()
    {
        if (started)
        {
            throw new InvalidOperationException($"{SourceName} has already been read; an AlertReading can be enumerated once.");
        }

        started = true;
        return Enumerate();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<AlertRecord> Enumerate()
    {
        foreach (var record in produce(this))
        {
            RecordCount++;
            yield return record;
        }

        Completed = true;
    }
}
