using System.CommandLine;
using Ttpcov.Cli.Input;
using Ttpcov.Core.Reports;
using Ttpcov.Core.Rules;

namespace Ttpcov.Cli.Commands;

/// <summary><c>ttpcov rules</c>: reads analytic rules (files or live) and prints what was read, per kind, with the problems per file.</summary>
internal sealed class RulesCommand : Command
{
    private readonly RuleOptions _files = new();
    private readonly SignInOptions _signIn = new();
    private readonly ArmRuleOptions _live;
    private readonly TextWriter _stdout;

    public RulesCommand(TextWriter stdout, TextWriter stderr)
        : base("rules", "Read analytic rules and templates (files or a live workspace) and show what was read and what could not be.")
    {
        _stdout = stdout;
        _live = new ArmRuleOptions(_signIn);
        _files.AddTo(this);
        _live.AddTo(this);
        _signIn.AddTo(this);
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult, stderr, cancellationToken));
    }

    private async Task<int> RunAsync(ParseResult parseResult, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!_files.Given(parseResult) && !_live.Given(parseResult))
        {
            throw new InputException("no rules to read: give --rules PATH (repeatable) or --subscription, --resource-group and --workspace-name");
        }

        var builder = new RuleSetBuilder();
        if (_files.Given(parseResult))
        {
            _files.ReadInto(parseResult, builder);
        }

        await _live.ReadIntoAsync(parseResult, builder, stderr, cancellationToken);
        new RuleSetSummaryWriter().Write(builder.Build(), _stdout);
        return ExitCodes.Success;
    }
}
