using System.Text;
using Ttpcov.Core.Rules;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Rules;

/// <summary>Reads rule files from text or from a real sample folder, the way the CLI hands them to Core.</summary>
internal static class RuleFiles
{
    public static RuleSourceFile Text(string path, string content) =>
        new(path, () => new MemoryStream(Encoding.UTF8.GetBytes(content)));

    public static RuleSourceFile Bytes(string path, byte[] content) => new(path, () => new MemoryStream(content));

    public static RuleSet Read(RuleRole role, params RuleSourceFile[] files)
    {
        var builder = new RuleSetBuilder();
        RuleSetReader.Read(files, role, builder);
        return builder.Build();
    }

    /// <summary>Every .yaml/.yml/.json file under a shared sample folder (skips visibly without shared/).</summary>
    public static RuleSet Sample(string folder, RuleRole role = RuleRole.Auto)
    {
        var root = SharedData.Sample(Path.Combine("rules", folder));
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".yaml" or ".yml" or ".json")
            .Select(f => new RuleSourceFile(Path.GetRelativePath(root, f).Replace('\\', '/'), () => File.OpenRead(f)));
        return Read(role, [.. files]);
    }
}
