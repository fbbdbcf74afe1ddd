using System.Xml;
using System.Xml.Linq;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Reports;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

/// <summary>Results spread over several tactics for the report writers, and the writers' output as text or parsed XML.</summary>
internal static class ReportSamples
{
    public static AttackCatalog Catalog => EmbeddedAttackData.Enterprise18_1;

    /// <summary>
    /// <see cref="Some.CoverageResult"/> with real tactics: T1078 and T1078.004 under two tactics, T1574.001 with
    /// none (the catalog's apply, and its parent T1574 is not in the KB).
    /// </summary>
    public static CoverageResult Spread() => WithTactics(Some.CoverageResult());

    public static CoverageResult WithTactics(CoverageResult result) => result with
    {
        Techniques = [.. result.Techniques.Select(t => t with { Tactics = TacticsOf(t.Id.ToString()) })],
    };

    private static IReadOnlyList<string> TacticsOf(string id) => id switch
    {
        "T1078" or "T1078.004" => ["initial-access", "persistence"],
        "T1005" or "T1213" => ["collection"],
        "T1574.001" => [],
        _ => ["exfiltration"],
    };

    public static string Html(CoverageResult result) => Write(w => new HtmlReportWriter().Write(ReportModel.Create(result, Catalog), w));

    public static string Markdown(CoverageResult result) => Write(w => new MarkdownReportWriter().Write(ReportModel.Create(result, Catalog), w));

    public static string Svg(CoverageResult result) => Write(w => new MatrixSvgWriter().Write(MatrixModel.Create(result, Catalog), w));

    /// <summary>Parses the report as XML (it is written as well-formed XHTML-compatible markup), so any injected element shows up.</summary>
    public static XDocument ParseXml(string markup)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(markup), settings);
        return XDocument.Load(reader);
    }

    private static string Write(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
