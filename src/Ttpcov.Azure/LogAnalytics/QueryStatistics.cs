namespace Ttpcov.Azure.LogAnalytics;

/// <summary>Counters for the queries sent to one workspace. Safe to update from several threads.</summary>
public sealed class QueryStatistics
{
    private long requests;
    private long retries;
    private long bytesReceived;
    private long slicesSplit;
    private long slicesCompleted;

    /// <summary>HTTP requests sent, retries included.</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>Requests that were repeats after a throttle, server or network error.</summary>
    public long Retries => Interlocked.Read(ref retries);

    /// <summary>Response body bytes actually read (after transport decompression), every attempt included.</summary>
    public long BytesReceived => Interlocked.Read(ref bytesReceived);

    /// <summary>Time slices that were discarded and split in halves because an answer was too large or timed out.</summary>
    public long SlicesSplit => Interlocked.Read(ref slicesSplit);

    /// <summary>Time slices answered completely.</summary>
    public long SlicesCompleted => Interlocked.Read(ref slicesCompleted);

    internal void AddRequest() => Interlocked.Increment(ref requests);

    internal void AddRetry() => Interlocked.Increment(ref retries);

    internal void AddBytes(long count) => Interlocked.Add(ref bytesReceived, count);

    internal void AddSplit() => Interlocked.Increment(ref slicesSplit);

    internal void AddCompletedSlice() => Interlocked.Increment(ref slicesCompleted);

    public override string ToString() =>
        FormattableString.Invariant($"{Requests} requests, {Retries} retries, {SlicesSplit} splits, {BytesReceived} bytes");
}
