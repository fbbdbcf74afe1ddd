namespace Ttpcov.Fuzz.Tests;

/// <summary>Reports how many inputs a property tried, in the test output (the closing note of a fuzz pass sums them).</summary>
public static class FuzzCount
{
    public static void Report(string what, long tried) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"fuzz: {tried} {what} tried");
}
