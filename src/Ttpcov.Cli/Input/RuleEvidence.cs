using System.CommandLine;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Cli.Input;

/// <summary>Reads the rules a coverage run was given (files and/or live) and attaches the evidence ladder to the result; without rules the result is unchanged.</summary>
internal static class RuleEvidence
{
    public static async Task<CoverageResult> AttachAsync(
        CoverageResult result, ReferenceData reference, RuleOptions files, ArmRuleOptions live, ParseResult parseResult, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!files.Given(parseResult) && !live.Given(parseResult))
        {
            return result;
        }

        var builder = new RuleSetBuilder();
        if (files.Given(parseResult))
        {
            files.ReadInto(parseResult, builder);
        }

        await live.ReadIntoAsync(parseResult, builder, stderr, cancellationToken);
        return RuleCoverageCalculator.Attach(result, builder.Build(), reference.Kb, reference.Resolver);
    }
}
