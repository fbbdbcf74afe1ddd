namespace Ttpcov.Core.Samples;

/// <summary>The built-in sample of <c>ttpcov coverage --sample</c>: 400 synthetic alerts from <see cref="SampleAlertGenerator"/>, as NDJSON.</summary>
public static class EmbeddedSample
{
    public const string Name = "sample-alerts.ndjson";
    public const int Alerts = 400;

    public static Stream Open()
    {
        var stream = new MemoryStream();
        new SampleAlertGenerator().WriteNdjson(stream, Alerts);
        stream.Position = 0;
        return stream;
    }
}
