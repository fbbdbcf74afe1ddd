using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// Feeds records into an <see cref="AlertAccumulator"/> on two cores: a worker thread reads (tokenizes, decodes,
/// maps) and hands over batches through a small bounded queue while the calling thread extracts and deduplicates.
/// Order is kept, so results are those of a plain loop; memory stays bounded (at most <see cref="QueuedBatches"/>
/// batches of <see cref="BatchSize"/> records wait). The first error — the reader's or the accumulator's — is
/// thrown on the calling thread, after the worker has stopped. With one core it is a plain loop.
/// </summary>
public static class AlertPipeline
{
    public const int BatchSize = 128;
    public const int QueuedBatches = 4;

    public static void Run(IEnumerable<AlertRecord> records, AlertAccumulator accumulator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(accumulator);
        if (Environment.ProcessorCount < 2)
        {
            RunInline(records, accumulator, cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<AlertRecord[]>(QueuedBatches);
        ExceptionDispatchInfo? readError = null;
        var reader = Task.Factory.StartNew(
            () => readError = Produce(records, queue, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var record in batch)
                {
                    accumulator.Add(record);
                }
            }
        }
        finally
        {
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }

        cancellationToken.ThrowIfCancellationRequested();
        readError?.Throw();
    }

    private static ExceptionDispatchInfo? Produce(IEnumerable<AlertRecord> records, BlockingCollection<AlertRecord[]> queue, CancellationToken stop)
    {
        try
        {
            var batch = new List<AlertRecord>(BatchSize);
            foreach (var record in records)
            {
                batch.Add(record);
                if (batch.Count == BatchSize)
                {
                    queue.Add([.. batch], stop);
                    batch.Clear();
                }
            }

            queue.Add([.. batch], stop);
            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            return ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static void RunInline(IEnumerable<AlertRecord> records, AlertAccumulator accumulator, CancellationToken cancellationToken)
    {
        long count = 0;
        foreach (var record in records)
        {
            accumulator.Add(record);
            if (++count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
