namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Runs one fuzz check and, when it fails, saves the input under the temp folder (ttpcov-fuzz-failures/) and names
/// the file in the failure, so it can be copied into Regressions/ as it is.
/// </summary>
public static class FailureArchive
{
    public static void Guard(string reader, byte[] input, Action<byte[]> check)
    {
        try
        {
            check(input);
        }
        catch (Exception ex)
        {
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ttpcov-fuzz-failures", reader));
            var path = Path.Combine(folder.FullName, $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(input))[..16]}.bin");
            File.WriteAllBytes(path, input);
            throw new InvalidOperationException($"{ex.Message} [input saved to {path}]", ex);
        }
    }
}
