namespace Ttpcov.Cli.Output;

/// <summary>Writes one file atomically: into a temporary file beside it, renamed over the target only when complete.</summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(FileInfo file, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        file.Directory?.Create();
        var temporary = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.ttpcov-tmp-{Guid.NewGuid():N}");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, file.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
