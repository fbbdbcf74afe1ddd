using System.CommandLine;
using Ttpcov.Cli.Input;
using Ttpcov.Cli.Output;
using Ttpcov.Core.Alerts;
using Ttpcov.Core.Coverage;

namespace Ttpcov.Cli.Commands;

/// <summary><c>ttpcov coverage</c>: reads alerts, compares them with the KB and writes the layers and reports.</summary>
internal sealed class CoverageCommand : Command
{
    private readonly Option<FileInfo[]> _alerts = new("--alerts") { Description = "A SecurityAlert export to read (query API JSON, JSON rows, NDJSON, CSV/TSV/any delimiter, REST alert entities; .gz too). Repeatable." };
    private readonly Option<bool> _sample = new("--sample") { Description = "Use the built-in sample alerts (synthetic, shipped with ttpcov)." };
    private readonly Option<int?> _days = new("--days") { Description = "Keep only alerts whose TimeGenerated lies in the N days before --as-of. Without it, files are taken whole." };
    private readonly Option<DateTimeOffset?> _asOf = new("--as-of") { Description = "End of the --days window (ISO 8601, UTC if no offset). Default: now." };
    private readonly ReferenceOptions _reference = new();
    private readonly RuleOptions _ruleFiles = new();
    private readonly ArmRuleOptions _liveRules = new();
    private readonly Option<DirectoryInfo> _out = new("--out") { Description = "Folder for the layers and reports.", DefaultValueFactory = _ => new DirectoryInfo("ttpcov-out") };
    private readonly Option<DateOrder> _dateOrder = new("--date-order") { Description = "How to read ambiguous portal dates such as 11/06/2026.", DefaultValueFactory = _ => DateOrder.MonthFirst };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print nothing but errors." };
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
        _ruleFiles.AddTo(this);
        _liveRules.AddTo(this);
        Options.Add(_out);
        Options.Add(_dateOrder);
        Options.Add(_quiet);
        _days.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) { r.AddError("--days must be at least 1."); } });
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult, stderr, cancellationToken));
    }

    private async Task<int> RunAsync(ParseResult parseResult, TextWriter stderr, CancellationToken cancellationToken)
    {
        var files = parseResult.GetValue(_alerts) ?? [];
        var useSample = parseResult.GetValue(_sample);
        if (files.Length == 0 && !useSample)
        {
            throw new InputException("no alerts to read: give --alerts FILE (repeatable) or --sample");
        }

        var now = DateTimeOffset.UtcNow;
        var window = parseResult.GetValue(_days) is { } days
            ? CoverageWindow.LastDays(days, (parseResult.GetValue(_asOf) ?? now).ToUniversalTime())
            : CoverageWindow.Whole;
        var reference = _reference.Load(parseResult, stderr);
        var accumulator = new AlertAccumulator(window, parseResult.GetValue(_dateOrder));
        var input = new AlertFileInput(parseResult.GetValue(_dateOrder), stderr);
        var sources = useSample
            ? input.ReadSample(accumulator, cancellationToken)
            : input.ReadFiles(files, accumulator, cancellationToken);

        var run = new CoverageRun(sources, window, reference.Kb.Name, reference.Kb.Version, reference.Kb.Sha256, reference.Kb.AttackVersion,
            reference.Catalog.Version, reference.Catalog.Source, now, ToolVersion.Current);
        var result = CoverageCalculator.Calculate(accumulator.Build(), reference.Kb, reference.Catalog, reference.Resolver, run);
        result = await RuleEvidence.AttachAsync(result, reference, _ruleFiles, _liveRules, parseResult, stderr, cancellationToken);

        var outDir = parseResult.GetValue(_out)!;
        await new OutputDirectory(outDir).WriteAsync(CoverageOutputs.For(result), cancellationToken);
        if (!parseResult.GetValue(_quiet))
        {
            CoverageOutputs.WriteConsoleSummary(result, _stdout);
            await _stdout.WriteLineAsync($"Wrote {outDir.FullName}");
        }

        return ExitCodes.Success;
    }
}
