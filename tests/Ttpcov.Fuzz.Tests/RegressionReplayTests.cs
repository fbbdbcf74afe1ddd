namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Every input that once broke a reader is kept under Regressions/&lt;reader&gt;/ and replayed through that reader's
/// oracle. To add one, copy the file a failing fuzz case saved (the failure names it) into the folder.
/// </summary>
public sealed class RegressionReplayTests
{
    [Theory]
    [MemberData(nameof(Files))]
    public void A_kept_failure_input_now_gives_a_result_or_the_documented_error(string reader, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Regressions", reader, file));

        ReaderOracles.For(reader)(input);
    }

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Regressions");
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(folder), Path.GetFileName(file));
            }
        }

        return data;
    }
}
