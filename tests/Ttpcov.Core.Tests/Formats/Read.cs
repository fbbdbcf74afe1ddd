using System.IO.Compression;
using System.Text;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Formats;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Formats;

/// <summary>Reads samples from shared/ and in-memory inputs through <see cref="AlertFileReader"/>.</summary>
internal static class Read
{
    public static List<AlertRecord> Sample(string relativePath, AlertReadOptions? options = null) =>
        SampleReading(relativePath, options).Records;

    public static (AlertReading Reading, List<AlertRecord> Records) SampleReading(string relativePath, AlertReadOptions? options = null)
    {
        var path = SharedData.Sample(relativePath);
        using var stream = File.OpenRead(path);
        var reading = AlertFileReader.Read(stream, Path.GetFileName(path), options);
        return (reading, reading.ToList());
    }

    public static List<AlertRecord> Text(string content, string sourceName = "input", AlertReadOptions? options = null) =>
        Bytes(Encoding.UTF8.GetBytes(content), sourceName, options).Records;

    public static (AlertReading Reading, List<AlertRecord> Records) Bytes(byte[] content, string sourceName = "input", AlertReadOptions? options = null)
    {
        using var stream = new MemoryStream(content);
        var reading = AlertFileReader.Read(stream, sourceName, options);
        return (reading, reading.ToList());
    }

    public static AlertFormatException Failure(string content, string sourceName = "input", AlertReadOptions? options = null) =>
        Failure(Encoding.UTF8.GetBytes(content), sourceName, options);

    public static AlertFormatException Failure(byte[] content, string sourceName = "input", AlertReadOptions? options = null) =>
        Assert.Throws<AlertFormatException>(() => Bytes(content, sourceName, options));

    public static byte[] Gzip(string content)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return packed.ToArray();
    }
}
