namespace Ttpcov.Core;

/// <summary>Opens the data files embedded from <c>src/Ttpcov.Core/Data/</c> (resource names <c>Ttpcov.Core.Data.&lt;file&gt;</c>).</summary>
internal static class EmbeddedResource
{
    public static T Read<T>(string fileName, Func<Stream, string, T> reader)
    {
        var name = "Ttpcov.Core.Data." + fileName;
        using var stream = typeof(EmbeddedResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        return reader(stream, "embedded " + fileName);
    }
}
