using System.Xml;
using System.Xml.Linq;

namespace Ttpcov.Cli.Tests.Hostile;

/// <summary>Parses report.html (XHTML) or matrix.svg as XML and finds what an injection would have added: active elements and event-handler or source attributes.</summary>
internal static class MarkupScan
{
    private static readonly HashSet<string> ActiveElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "img", "iframe", "object", "embed", "foreignObject", "image", "use", "animate", "set", "svgscript",
    };

    public static XDocument Parse(string markup)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(markup), settings);
        return XDocument.Load(reader);
    }

    /// <summary>Every element or attribute an injected string could have opened, as "element" or "element@attribute".</summary>
    public static IReadOnlyList<string> Injected(XDocument document) =>
    [
        .. document.Descendants().Where(e => ActiveElements.Contains(e.Name.LocalName)).Select(e => e.Name.LocalName),
        .. document.Descendants().SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName is "src" or "srcdoc" or "formaction"
                || a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            .Select(a => $"{a.Parent!.Name.LocalName}@{a.Name.LocalName}"),
    ];

    /// <summary>The text of every element (its own text nodes, decoded), where a name shown as text must appear whole.</summary>
    public static IReadOnlyList<string> Texts(XDocument document) =>
        [.. document.Descendants().Select(e => string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value))).Where(t => t.Length > 0)];
}
