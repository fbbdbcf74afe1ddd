using System.CommandLine;
using Ttpcov.Cli.Output;
using Ttpcov.Core.Layers;
using Ttpcov.Core.Reports;

namespace Ttpcov.Cli.Commands;

/// <summary>
/// <c>ttpcov diff OLD NEW</c>: compares two runs (output folders or summary.json files), prints what was newly covered,
/// newly lost and which alert counts changed, warns when the runs used another KB or ATT&amp;CK version, and writes the
/// delta layer. Exits with <see cref="ExitCodes.CoverageLost"/> when a KB technique was lost.
/// </summary>
internal sealed class DiffCommand : Command
{
    private readonly Argument<string> _old = new("OLD") { Description = "The earlier run: its output folder or its summary.json." };
    private readonly Argument<string> _new = new("NEW") { Description = "The later run: its output folder or its summary.json." };
    private readonly Option<FileInfo?> _out = new("--out") { Description = "Where to write the delta layer. Default: insider-delta.json beside NEW's summary.json." };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print nothing but warnings and errors." };
    private readonly TextWriter _stdout;

    public DiffCommand(TextWriter stdout, TextWriter stderr)
        : base("diff", "Compare two coverage runs: newly covered, newly lost, alert count changes; writes a delta layer; exit code 3 when coverage was lost.")
    {
        _stdout = stdout;
        Arguments.Add(_old);
        Arguments.Add(_new);
        Options.Add(_out);
        Options.Add(_quiet);
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult, stderr, cancellationToken));
    }

    private async Task<int> RunAsync(ParseResult parseResult, TextWriter stderr, CancellationToken cancellationToken)
    {
        var oldPath = SummaryPath(parseResult.GetValue(_old)!);
        var newPath = SummaryPath(parseResult.GetValue(_new)!);
        var diff = CoverageDiff.Between(Read(oldPath), Read(newPath));
        foreach (var warning in diff.Warnings)
        {
            await stderr.WriteLineAsync($"ttpcov: warning: {warning}");
        }

        var layerFile = parseResult.GetValue(_out) ?? new FileInfo(Path.Combine(Path.GetDirectoryName(newPath)!, "insider-delta.json"));
        var layer = new DeltaLayerBuilder().Build(diff);
        await new OutputDirectory(layerFile.Directory!).WriteAsync(
            [new OutputFile(layerFile.Name, (stream, _) => { new NavigatorLayerWriter().Write(layer, stream); return Task.CompletedTask; })],
            cancellationToken);
        if (!parseResult.GetValue(_quiet))
        {
            new CoverageDiffWriter().Write(diff, _stdout);
            await _stdout.WriteLineAsync($"Wrote {layerFile.FullName}");
        }

        return diff.AnyLost ? ExitCodes.CoverageLost : ExitCodes.Success;
    }

    private static string SummaryPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "summary.json");
        }

        return File.Exists(full) ? full : throw new InputException($"{full}: no such file (give an output folder of 'ttpcov coverage' or its summary.json)");
    }

    private static CoverageSummary Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return new SummaryJsonReader().Read(stream);
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }
}
