using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;
using Ttpcov.Core.Samples;

namespace Ttpcov.Cli.Input;

/// <summary>Opens alert files (or the built-in sample) and streams their records into an accumulator.</summary>
internal sealed class AlertFileInput(DateOrder dateOrder, TextWriter stderr)
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
        AlertPipeline.Run(reading, accumulator, cancellationToken);

        if (reading.ReachedPortalRowCap)
        {
            stderr.WriteLine($"ttpcov: warning: {name} has exactly 30,000 rows, the Log Analytics portal's export limit: it is probably incomplete.");
        }
    }
}
