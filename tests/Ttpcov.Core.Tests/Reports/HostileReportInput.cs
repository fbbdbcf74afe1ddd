using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Reports;

/// <summary>A result in which every text a report shows — alert, rule, product and workspace names, technique and tactic names, the KB and the ID reports — is hostile.</summary>
internal static class HostileReportInput
{
    public static IReadOnlyList<string> Strings { get; } =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "]]>", "{{7*7}}", "|", "a|b",
        "line one\nline two", "para\u2028separator", "=cmd|' /C calc'!A0", "</style><script>alert(2)</script>", "<!--",
        "[link](javascript:alert(1))", "![img](http://evil/x.png)", "`code`", "&amp;", "ctrl\u0001char", "**bold** _it_ # h",
    ];

    public static CoverageResult Result()
    {
        var names = Strings.Select((s, i) => new CountedName(s, 100 - i)).ToArray();
        var evidence = Some.Evidence(42, names, names) with { Products = names, Workspaces = names };
        var result = new CoverageResultBuilder { Run = Some.Run() with { KbName = Strings[1], KbVersion = Strings[2], Sources = [.. Strings] } }
            .Covered("T1078", Strings[0], 3, evidence)
            .Covered("T1567", "Exfiltration Over Web Service", 2, evidence)
            .Uncovered("T1567.002", "Exfiltration: " + Strings[1], 1, parentOnlyAlerts: 3)
            .Uncovered("T1052", Strings[7] + Strings[5], null)
            .Unrecognised(Strings[0], 3, Strings[3], Strings[4])
            .UnknownToTarget(Strings[1], 2, Strings[9], Strings[7])
            .Remapped(Strings[10], "T1078", Strings[11], 1)
            .ObservedOutsideKb("T1110.003", Strings[12], 5)
            .Build();
        return result with
        {
            Techniques = [.. result.Techniques.Select(t => t with { Tactics = t.Id.Number == 1052 ? [Strings[1], "exfiltration"] : t.Tactics })],
        };
    }

    /// <summary>
    /// <see cref="Result"/> with a ladder whose rule and template names, ids and required connectors (ids and tables)
    /// are the hostile strings: T1567.002 has nine hostile templates, T1052 nine hostile disabled rules to switch on.
    /// </summary>
    public static CoverageResult WithRules() => LadderSamples.WithLadder(Result(), id => id.ToString() switch
    {
        "T1567.002" => new(id, EvidenceRung.TemplateAvailable, [], [], [.. Strings.Take(9).Select((s, i) =>
            LadderSamples.Template(Strings[17 - i], s, new RequiredConnector(Strings[i + 9], [Strings[(i + 1) % Strings.Count]])))], []),
        "T1052" => new(id, EvidenceRung.NoDetection, [], [.. Strings.Skip(9).Select((s, i) => LadderSamples.Rule(Strings[i], s, false))], [], [Strings[4]]),
        _ => new(id, EvidenceRung.Alerted, [LadderSamples.Rule(Strings[2], Strings[3], true)], [], [], []),
    });
}
