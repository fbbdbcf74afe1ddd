using Xunit;
using Xunit.Sdk;

namespace Ttpcov.TestSupport;

/// <summary>
/// Finds the read-only <c>shared/</c> folder that sits beside the repository (public samples and reference data).
/// A user's clone does not have it: tests that need it call <see cref="Require"/>, which skips them visibly.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Root { get; } = FindShared();

    /// <summary>The full path of a file or folder under shared/, or a visible skip when shared/ is absent.</summary>
    public static string Require(string relativePath)
    {
        var root = Root ?? throw SkipException.ForSkip($"needs ../shared/ beside the repository (not present in this clone): {relativePath}");
        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"shared/{relativePath} is not present");
        }

        return path;
    }

    public static string Sample(string relativePath) => Require(Path.Combine("samples", relativePath));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ttpcov.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Ttpcov.slnx) above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        var fromEnv = Environment.GetEnvironmentVariable("TTPCOV_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv) ? fromEnv : null;
        }

        var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(beside) ? beside : null;
    }
}
