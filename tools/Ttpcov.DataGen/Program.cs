using Ttpcov.DataGen;

// Usage: dotnet run --project tools/Ttpcov.DataGen -- [--shared PATH] [--out PATH]
// Regenerates the embedded data in src/Ttpcov.Core/Data/ from the reference files in ../shared/reference/.
string? shared = null;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--shared" when i + 1 < args.Length:
            shared = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine($"usage: Ttpcov.DataGen [--shared PATH] [--out PATH] (unexpected '{args[i]}')");
            return 2;
    }
}

var root = RepositoryRoot.Find(Environment.CurrentDirectory) ?? RepositoryRoot.Find(AppContext.BaseDirectory);
if ((shared is null || output is null) && root is null)
{
    Console.Error.WriteLine("Cannot find the repository root (Ttpcov.slnx); pass --shared and --out.");
    return 2;
}

shared ??= Path.Combine(root!, "..", "shared");
output ??= Path.Combine(root!, "src", "Ttpcov.Core", "Data");
try
{
    foreach (var written in DataGenerator.Generate(Path.GetFullPath(shared), Path.GetFullPath(output)))
    {
        Console.WriteLine($"wrote {written.Path} ({written.Bytes} bytes): {written.Summary}");
    }

    return 0;
}
catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or UnauthorizedAccessException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"fatal: {e.Message}");
    return 1;
}
