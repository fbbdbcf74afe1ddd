using System.Text;
using Xunit;

namespace Ttpcov.TestSupport;

/// <summary>
/// Compares writer output with a golden file kept in the source tree (<c>tests/&lt;project&gt;/Golden/</c>).
/// With <c>TTPCOV_UPDATE_GOLDEN=1</c> the file is (re)written instead, and the test passes.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "TTPCOV_UPDATE_GOLDEN";

    public static void Verify(string testProject, string fileName, string actual)
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", testProject, "Golden", fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with {UpdateVariable}=1 to create it");
        Assert.Equal(File.ReadAllText(path, Encoding.UTF8), actual);
    }
}
