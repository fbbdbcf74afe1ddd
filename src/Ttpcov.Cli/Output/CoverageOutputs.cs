using System.Text;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Layers;
using Ttpcov.Core.Reports;

namespace Ttpcov.Cli.Output;

/// <summary>The files one coverage result is written to, all from the same result (the reports also need the target catalog for the matrix).</summary>
internal static class CoverageOutputs
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<OutputFile> For(CoverageResult result, AttackCatalog catalog)
    {
        var layers = new LayerBuilder();
        var report = ReportModel.Create(result, catalog);
        return
        [
            Layer("insider-covered.json", layers.Covered(result)),
            Layer("insider-uncovered.json", layers.Uncovered(result)),
            Layer("insider-coverage.json", layers.Coverage(result)),
            Text("coverage.csv", writer => new CoverageCsvWriter().Write(result, writer)),
            new OutputFile("summary.json", (stream, _) => { new SummaryJsonWriter().Write(result, stream); return Task.CompletedTask; }),
            Text("report.html", writer => new HtmlReportWriter().Write(report, writer)),
            Text("report.md", writer => new MarkdownReportWriter().Write(report, writer)),
            Text("matrix.svg", writer => new MatrixSvgWriter().Write(report.Matrix, writer)),
            .. RuleFiles(result),
        ];
    }

    public static void WriteConsoleSummary(CoverageResult result, TextWriter writer)
    {
        new ConsoleSummaryWriter().Write(result, writer);
        if (result.Rules is not null)
        {
            new RuleConsoleWriter().Write(result, writer);
        }
    }

    // Written only when the run was given rules.
    private static IReadOnlyList<OutputFile> RuleFiles(CoverageResult result)
    {
        if (result.Rules is null)
        {
            return [];
        }

        var layers = new RuleLayerBuilder();
        return
        [
            Layer("insider-rules.json", layers.Rules(result)),
            Layer("insider-ladder.json", layers.Ladder(result)),
            Text("gaps.csv", writer => new GapsCsvWriter().Write(result, writer)),
        ];
    }

    /// <summary>summary.json, byte for byte as in the output folder, to a text writer (stdout for <c>--json</c>).</summary>
    public static void WriteSummaryJson(CoverageResult result, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        new SummaryJsonWriter().Write(result, buffer);
        writer.Write(Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Flush();
    }

    private static OutputFile Layer(string name, NavigatorLayer layer) =>
        new(name, (stream, _) => { new NavigatorLayerWriter().Write(layer, stream); return Task.CompletedTask; });

    private static OutputFile Text(string name, Action<TextWriter> write) =>
        new(name, async (stream, cancellationToken) =>
        {
            await using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            write(writer);
            await writer.FlushAsync(cancellationToken);
        });
}
