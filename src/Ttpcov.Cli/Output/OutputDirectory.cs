namespace Ttpcov.Cli.Output;

/// <summary>
/// Owns the output folder and writes every file atomically: all files are first written completely into a
/// temporary folder inside the output folder, and only when every one succeeded is each renamed over its final
/// name. A run that fails (or is killed) before that leaves the previous outputs exactly as they were, and never
/// a half-written file. A staging folder left by a killed run (its process is gone) is removed by the next run.
/// </summary>
internal sealed class OutputDirectory(DirectoryInfo directory)
{
    private const string StagingPrefix = ".ttpcov-tmp-";

    public async Task WriteAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        directory.Create();
        RemoveStaleStaging();
        var staging = Directory.CreateDirectory(Path.Combine(directory.FullName, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"));
        try
        {
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Path.Combine(staging.FullName, file.Name);
                await using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                {
                    await file.Write(stream, cancellationToken);
                    await stream.FlushAsync(cancellationToken);
                    stream.Flush(flushToDisk: true);
                }
            }

            foreach (var file in files)
            {
                File.Move(Path.Combine(staging.FullName, file.Name), Path.Combine(directory.FullName, file.Name), overwrite: true);
            }
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    /// <summary>Deletes staging folders whose run is no longer alive (named <c>.ttpcov-tmp-PID-GUID</c>).</summary>
    private void RemoveStaleStaging()
    {
        foreach (var stale in directory.EnumerateDirectories(StagingPrefix + "*"))
        {
            var pid = stale.Name[StagingPrefix.Length..].Split('-')[0];
            if (!int.TryParse(pid, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || !IsRunning(id))
            {
                stale.Delete(recursive: true);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
