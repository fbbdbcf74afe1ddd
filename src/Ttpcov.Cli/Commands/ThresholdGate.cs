using System.CommandLine;
using System.Globalization;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Cli.Commands;

/// <summary>
/// The CI gate of <c>coverage</c>: <c>--fail-under PCT</c> on the plain coverage % and <c>--fail-under-weighted PCT</c>
/// on the tier-weighted one. Each compares the percentage as every output shows it (rounded to one decimal), so a run
/// whose reports say 26.0 % passes <c>--fail-under 26</c>. Checked after all outputs were written.
/// </summary>
internal sealed record ThresholdGate(double? FailUnder, double? FailUnderWeighted)
{
    public static void Validate(Option<double?> option) =>
        option.Validators.Add(r =>
        {
            // Text that is not a number is the parser's error already; only a number out of range is ours.
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && (double.IsNaN(v) || v < 0 || v > 100))
            {
                r.AddError($"{option.Name} must be a percentage from 0 to 100.");
            }
        });

    public int Check(CoverageTotals totals, TextWriter stderr)
    {
        var failed = Below(stderr, "coverage", totals.Percent, FailUnder, "--fail-under")
            | Below(stderr, "weighted coverage", totals.WeightedPercent, FailUnderWeighted, "--fail-under-weighted");
        return failed ? ExitCodes.BelowThreshold : ExitCodes.Success;
    }

    private static bool Below(TextWriter stderr, string what, double percent, double? threshold, string option)
    {
        var shown = Math.Round(percent, 1, MidpointRounding.AwayFromZero);
        if (threshold is not { } t || shown >= t)
        {
            return false;
        }

        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ttpcov: {what} {shown:0.0} % is below {option} {t:0.0##} %"));
        return true;
    }
}
