using System.Globalization;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// How long each fuzz property runs. The normal <c>dotnet test</c> runs a bounded pass (a fixed number of cases
/// per property, seconds in total). <c>TTPCOV_FUZZ_SECONDS=600</c> runs each property for its share of 600 s instead;
/// <c>TTPCOV_FUZZ_ITER=N</c> runs N cases per property; <c>TTPCOV_FUZZ_SEED</c> replays a CsCheck seed that failed.
/// </summary>
internal static class FuzzBudget
{
    /// <summary>The number of fuzz properties that share <c>TTPCOV_FUZZ_SECONDS</c>.</summary>
    private const int Properties = 15;

    public static bool IsLongPass => Seconds > 0;

    public static string? Seed => Environment.GetEnvironmentVariable("TTPCOV_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    private static int Seconds => ReadInt("TTPCOV_FUZZ_SECONDS");

    /// <summary>CsCheck's <c>iter</c> for a property whose bounded pass runs <paramref name="bounded"/> cases.</summary>
    public static long Iterations(long bounded) => ReadInt("TTPCOV_FUZZ_ITER") is > 0 and var iter ? iter : IsLongPass ? -1 : bounded;

    /// <summary>CsCheck's <c>time</c> in seconds (-1 = bounded by iterations).</summary>
    public static int Time => IsLongPass ? Math.Max(1, Seconds / Properties) : -1;

    private static int ReadInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
