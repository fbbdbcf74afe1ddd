using Ttpcov.Core;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;
using Ttpcov.Core.Samples;

namespace Ttpcov.Cli.Input;

/// <summary>
/// Opens alert files (or the built-in sample) and streams their records into an accumulator, reporting bytes and rows
/// to <paramref name="progress"/> when given.
/// </summary>
internal sealed class AlertFileInput(DateOrder dateOrder, TextWriter stderr, IProgress<ReadProgress>? progress = null)
{
    public IReadOnlyList<string> ReadFiles(IEnumerable<FileInfo> files, AlertAccumulator accumulator, CancellationToken cancellationToken)
    {
        var sources = new List<string>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new InputException($"{file.FullName}: no such file");
            }

            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            Read(stream, file.Name, accumulator, cancellationToken);
            sources.Add(file.FullName);
        }

        return sources;
    }

    public IReadOnlyList<string> ReadSample(AlertAccumulator accumulator, CancellationToken cancellationToken)
    {
        using var stream = EmbeddedSample.Open();
        Read(stream, EmbeddedSample.Name, accumulator, cancellationToken);
        return [$"built-in sample ({EmbeddedSample.Name})"];
    }

    private void Read(Stream stream, string name, AlertAccumulator accumulator, CancellationToken cancellationToken)
    {
        var reading = AlertFileReader.Read(stream, name, AlertReadOptions.Default with { DateOrder = dateOrder });
        long count = 0;
        AlertPipeline.Run(Counted(reading), accumulator, cancellationToken);

        progress?.Report(new ReadProgress(name, stream.CanSeek ? stream.Position : 0, stream.CanSeek ? stream.Length : null, count, Done: true));

        if (reading.ReachedPortalRowCap)
        {
            stderr.WriteLine($"ttpcov: warning: {name} has exactly 30,000 rows, the Log Analytics portal's export limit: it is probably incomplete.");
        }

        // Runs on the pipeline's reading thread: counts records and reports progress as they are read.
        IEnumerable<AlertRecord> Counted(IEnumerable<AlertRecord> records)
        {
            foreach (var record in records)
            {
                yield return record;
                if (++count % 4096 == 0)
                {
                    progress?.Report(new ReadProgress(name, stream.Position, stream.CanSeek ? stream.Length : null, count));
                }
            }
        }
    }
}
