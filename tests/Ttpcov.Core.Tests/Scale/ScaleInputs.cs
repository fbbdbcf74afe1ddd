using Ttpcov.Core.Samples.Exports;

namespace Ttpcov.Core.Tests.Scale;

/// <summary>Generated exports for the scale tests, written once per format and kept in memory.</summary>
internal static class ScaleInputs
{
    private static readonly Dictionary<(ExportFormat, bool, long), byte[]> Cache = [];

    public static byte[] Export(ExportFormat format, long bytes, bool gzip = false, int seed = 6)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue((format, gzip, bytes), out var content))
            {
                using var stream = new MemoryStream();
                new SyntheticExportGenerator(seed).Write(stream, format, bytes, gzip);
                content = stream.ToArray();
                Cache[(format, gzip, bytes)] = content;
            }

            return content;
        }
    }
}
