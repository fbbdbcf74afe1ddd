using System.Text.RegularExpressions;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Conventions;

/// <summary>
/// The core is pure: no files, no console, no network, no clock, no environment. Readers take streams and writers
/// take streams or text writers; the CLI and the Azure edge do the IO. This scans the core's source to keep it so.
/// (The processor count is allowed: it decides whether to read on a second core, never what is counted.)
/// </summary>
public partial class CoreIsPureTests
{
    [GeneratedRegex(@"\b(File|Directory|FileInfo|DirectoryInfo|FileStream|Console|HttpClient|Process)\s*\.|\bEnvironment\.(?!ProcessorCount\b)|\bnew\s+(FileStream|HttpClient|StreamReader\s*\(\s*""|FileInfo|DirectoryInfo)\b|\bDateTime(Offset)?\.(Now|UtcNow|Today)\b|\bTimeProvider\.System\b|\bStopwatch\b")]
    private static partial Regex ImpureCall();

    [Fact]
    public void Core_source_uses_no_files_console_network_environment_or_clock()
    {
        var core = Path.Combine(SharedData.RepoRoot, "src", "Ttpcov.Core");
        var offences = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, index)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && ImpureCall().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(core, x.path)}:{x.index + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void References_point_one_way_core_knows_neither_azure_nor_the_cli()
    {
        var references = typeof(Ttpcov.Core.Attack.TechniqueId).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("Ttpcov.Azure", references);
        Assert.DoesNotContain("ttpcov", references);
        Assert.DoesNotContain("System.Net.Http", references);
    }
}
