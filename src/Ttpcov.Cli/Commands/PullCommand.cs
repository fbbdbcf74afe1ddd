using System.CommandLine;
using System.IO.Compression;
using Ttpcov.Azure.Alerts;
using Ttpcov.Cli.Input;
using Ttpcov.Cli.Output;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Formats;

namespace Ttpcov.Cli.Commands;

/// <summary>
/// <c>ttpcov pull</c>: saves the deduplicated alert rows of a window from Sentinel workspaces as NDJSON (gzip when
/// the name ends in .gz), so that <c>coverage --alerts</c> can rerun the analysis offline with the same result.
/// </summary>
internal sealed class PullCommand : Command
{
    private readonly SignInOptions _signIn = new();
    private readonly LiveOptions _live;
    private readonly Option<int> _days = new("--days") { Description = "The N days before --as-of.", DefaultValueFactory = _ => LiveOptions.DefaultDays };
    private readonly Option<DateTimeOffset?> _asOf = new("--as-of") { Description = "End of the window (ISO 8601). Default: now." };
    private readonly Option<FileInfo> _out = new("--out", "-o") { Description = "The NDJSON file to write (.ndjson or .ndjson.gz).", Required = true };
    private readonly TextWriter _stdout;

    public PullCommand(TextWriter stdout, TextWriter stderr)
        : base("pull", "Save the deduplicated SecurityAlert rows of a window from Sentinel workspaces for offline analysis.")
    {
        _stdout = stdout;
        _live = new LiveOptions(_signIn);
        _live.AddTo(this, withQueryMode: false);
        _signIn.AddTo(this);
        Options.Add(_days);
        Options.Add(_asOf);
        Options.Add(_out);
        _days.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--days must be at least 1."); } });
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult, stderr, cancellationToken));
    }

    private async Task<int> RunAsync(ParseResult parseResult, TextWriter stderr, CancellationToken cancellationToken)
    {
        var workspaces = _live.Workspaces(parseResult);
        if (workspaces.Count == 0)
        {
            throw new InputException("give --workspace GUID (repeatable)");
        }

        var window = CoverageWindow.LastDays(parseResult.GetValue(_days), (parseResult.GetValue(_asOf) ?? DateTimeOffset.UtcNow).ToUniversalTime());
        var file = parseResult.GetValue(_out)!;
        using var client = _live.CreateClient(parseResult, stderr);
        long rows = 0;
        LiveStatistics? statistics = null;
        await AtomicFile.WriteAsync(file, async stream =>
        {
            await using var target = file.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true)
                : stream;
            using var writer = new AlertNdjsonWriter(target);
            statistics = await LiveAlertInput.ReadAsync(client, workspaces, window, AlertQueryMode.Rows, writer.Write, cancellationToken);
            rows = writer.Written;
        }, cancellationToken);

        await _stdout.WriteLineAsync($"Wrote {rows} deduplicated alerts ({window}) to {file.FullName}");
        await _stdout.WriteLineAsync(LiveAlertInput.Describe(statistics!, AlertQueryMode.Rows));
        return ExitCodes.Success;
    }
}
