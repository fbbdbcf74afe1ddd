using Ttpcov.Core.Coverage;

namespace Ttpcov.Core.Reports;

/// <summary>Phrases the HTML and Markdown reports share, unescaped.</summary>
internal static class ReportText
{
    /// <summary>"+3 more (17 alerts)" for the names past <see cref="ReportModel.MaxListed"/>.</summary>
    public static string More(IReadOnlyList<CountedName> names)
    {
        var rest = names.Skip(ReportModel.MaxListed).ToList();
        return $"+{InvariantText.Number(rest.Count)} more ({InvariantText.Number(rest.Sum(n => n.Alerts))} alerts)";
    }

    /// <summary>The ID problems of a result, each as (section title, rows of value, alerts, detail).</summary>
    public static IEnumerable<(string Title, IReadOnlyList<(string Value, long Alerts, string Detail)> Rows)> IdSections(CoverageResult result)
    {
        yield return ("Unrecognised technique values", [.. result.Unrecognised.Select(r => (r.Value, r.Alerts, $"{r.Reason}; first at {r.FirstSeenAt}"))]);
        yield return ($"IDs unknown to ATT&CK {result.Run.AttackVersion}", [.. result.UnknownToTarget.Select(r => (r.Value, r.Alerts, $"{r.Reason}; first at {r.FirstSeenAt}"))]);
        yield return ("Remapped IDs", [.. result.Remapped.Select(m => ($"{m.From} -> {m.To}", m.Alerts, m.Path))]);
        yield return ($"KB IDs ATT&CK {result.Run.AttackVersion} cannot express", [.. result.KbUnmapped.Select(r => (r.Value, r.Alerts, r.Reason))]);
        yield return ("Techniques alerted on outside the KB", [.. result.ObservedOutsideKb.OrderBy(o => o.Id).Select(o => (o.Id.ToString(), o.Alerts, o.Name))]);
    }
}
