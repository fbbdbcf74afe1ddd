using System.CommandLine;
using Ttpcov.Cli.Input;
using Ttpcov.Cli.Output;
using Ttpcov.Cli.Progress;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Cli.Commands;

/// <summary><c>ttpcov coverage</c>: reads alerts, compares them with the KB and writes the layers and reports.</summary>
internal sealed class CoverageCommand : Command
{
    private readonly Option<FileInfo[]> _alerts = new("--alerts") { Description = "A SecurityAlert export to read (query API JSON, JSON rows, NDJSON, CSV/TSV/any delimiter, REST alert entities; .gz too). Repeatable." };
    private readonly Option<bool> _sample = new("--sample") { Description = "Use the built-in sample alerts (synthetic, shipped with ttpcov)." };
    private readonly Option<int?> _days = new("--days") { Description = "Keep only alerts whose TimeGenerated lies in the N days before --as-of. Without it, files are taken whole; with --workspace the default is 90." };
    private readonly Option<DateTimeOffset?> _asOf = new("--as-of") { Description = "End of the --days window (ISO 8601, UTC if no offset). Default: now." };
    private readonly ReferenceOptions _reference = new();
    private readonly SignInOptions _signIn = new();
    private readonly LiveOptions _live;
    private readonly RuleOptions _ruleFiles = new();
    private readonly ArmRuleOptions _liveRules;
    private readonly Option<DirectoryInfo> _out = new("--out") { Description = "Folder for the layers and reports.", DefaultValueFactory = _ => new DirectoryInfo("ttpcov-out") };
    private readonly Option<DateOrder> _dateOrder = new("--date-order") { Description = "How to read ambiguous portal dates such as 11/06/2026.", DefaultValueFactory = _ => DateOrder.MonthFirst };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print nothing but errors (and the summary with --json); no progress." };
    private readonly Option<bool> _json = new("--json") { Description = "Print summary.json to stdout instead of the text summary (nothing else goes to stdout)." };
    private readonly Option<double?> _failUnder = new("--fail-under") { Description = "Exit with code 2 when coverage % (as shown, one decimal) is below PCT; all outputs are still written." };
    private readonly Option<double?> _failUnderWeighted = new("--fail-under-weighted") { Description = "Exit with code 2 when the tier-weighted coverage % is below PCT." };
    private readonly TextWriter _stdout;

    public CoverageCommand(TextWriter stdout, TextWriter stderr)
        : base("coverage", "Measure how well Sentinel alerts cover the Insider Threat KB and write ATT&CK Navigator layers.")
    {
        _stdout = stdout;
        Options.Add(_alerts);
        Options.Add(_sample);
        Options.Add(_days);
        Options.Add(_asOf);
        _reference.AddTo(this);
        _live = new LiveOptions(_signIn);
        _liveRules = new ArmRuleOptions(_signIn);
        _live.AddTo(this);
        _ruleFiles.AddTo(this);
        _liveRules.AddTo(this);
        _signIn.AddTo(this);
        Options.Add(_out);
        Options.Add(_dateOrder);
        Options.Add(_quiet);
        Options.Add(_json);
        Options.Add(_failUnder);
        Options.Add(_failUnderWeighted);
        ThresholdGate.Validate(_failUnder);
        ThresholdGate.Validate(_failUnderWeighted);
        _days.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) { r.AddError("--days must be at least 1."); } });
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult, stderr, cancellationToken));
    }

    private async Task<int> RunAsync(ParseResult parseResult, TextWriter stderr, CancellationToken cancellationToken)
    {
        var files = parseResult.GetValue(_alerts) ?? [];
        var useSample = parseResult.GetValue(_sample);
        var workspaces = _live.Workspaces(parseResult);
        if (files.Length == 0 && !useSample && workspaces.Count == 0)
        {
            throw new InputException("no alerts to read: give --alerts FILE (repeatable), --workspace GUID or --sample");
        }

        var now = DateTimeOffset.UtcNow;
        var days = parseResult.GetValue(_days) ?? (workspaces.Count > 0 ? LiveOptions.DefaultDays : null);
        var window = days is { } d
            ? CoverageWindow.LastDays(d, (parseResult.GetValue(_asOf) ?? now).ToUniversalTime())
            : CoverageWindow.Whole;
        var reference = _reference.Load(parseResult, stderr);
        var accumulator = new AlertAccumulator(window, parseResult.GetValue(_dateOrder));
        var quiet = parseResult.GetValue(_quiet);
        var input = new AlertFileInput(parseResult.GetValue(_dateOrder), stderr, ProgressPolicy.For(quiet, stderr));
        var sources = new List<string>(input.ReadFiles(files, accumulator, cancellationToken));
        if (useSample)
        {
            sources.AddRange(input.ReadSample(accumulator, cancellationToken));
        }

        string? live = null;
        if (workspaces.Count > 0)
        {
            using var client = _live.CreateClient(parseResult, stderr);
            var mode = _live.Mode(parseResult);
            var statistics = await LiveAlertInput.ReadAsync(client, workspaces, window, mode, accumulator.Add, cancellationToken);
            sources.AddRange(workspaces.Select(w => $"workspace {w}"));
            live = LiveAlertInput.Describe(statistics, mode);
        }

        var run = new CoverageRun(sources, window, reference.Kb.Name, reference.Kb.Version, reference.Kb.Sha256, reference.Kb.AttackVersion,
            reference.Catalog.Version, reference.Catalog.Source, now, ToolVersion.Current);
        var result = CoverageCalculator.Calculate(accumulator.Build(), reference.Kb, reference.Catalog, reference.Resolver, run);
        result = await RuleEvidence.AttachAsync(result, reference, _ruleFiles, _liveRules, parseResult, stderr, cancellationToken);

        var outDir = parseResult.GetValue(_out)!;
        await new OutputDirectory(outDir).WriteAsync(CoverageOutputs.For(result, reference.Catalog), cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CoverageOutputs.WriteSummaryJson(result, _stdout);
        }
        else if (!quiet)
        {
            CoverageOutputs.WriteConsoleSummary(result, _stdout);
            if (live is not null)
            {
                await _stdout.WriteLineAsync(live);
            }

            await _stdout.WriteLineAsync($"Wrote {outDir.FullName}");
        }

        var gate = new ThresholdGate(parseResult.GetValue(_failUnder), parseResult.GetValue(_failUnderWeighted));
        return gate.Check(result.Totals, stderr);
    }
}
