using Ttpcov.Core.Coverage;

namespace Ttpcov.TestSupport;

/// <summary>Ready-made inputs for writer tests: a run, evidence and results that exercise every branch of the writers.</summary>
public static class Some
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Text that breaks naive CSV, JSON, HTML or spreadsheet output.</summary>
    public static IReadOnlyList<string> HostileNames { get; } =
    [
        "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)", "<script>alert(1)</script>", "\"quote\"", "line one\nline two",
        "para\u2028separator", "\tTab first", "\rCR first", "comma, inside",
    ];

    public static CoverageRun Run(CoverageWindow? window = null) => new(
        ["workspace:contoso-sentinel", "file:alerts.csv"],
        window ?? CoverageWindow.LastDays(30, AsOf),
        "Insider Threat TTP KB",
        "v2",
        "3f6a0c2b9d81e4f57a6b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f",
        "14.1",
        "18.1",
        "embedded enterprise-attack 18.1",
        AsOf,
        "0.1.0-test");

    public static IReadOnlyList<CountedName> Counted(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => new CountedName($"{prefix} {i:D2}", 100 - i)).ToArray();

    public static TechniqueEvidence Evidence(long alerts, IReadOnlyList<CountedName>? names = null, IReadOnlyList<CountedName>? rules = null, params CountedName[] observedAs) => new(
        alerts,
        AsOf.AddDays(-20).AddHours(3.5),
        AsOf.AddDays(-1).AddMinutes(7),
        names ?? [new CountedName("Suspicious activity", alerts)],
        [new CountedName("Microsoft Sentinel", alerts)],
        rules ?? [new CountedName("rule-0001", alerts)],
        [new CountedName("contoso-sentinel", alerts)],
        observedAs);

    /// <summary>
    /// Eight KB techniques: a covered one with thirteen alert names, a covered sub-technique under a covered parent,
    /// a sub-technique covered only through its parent, gaps of every tier and without tier, a remapped KB ID, and
    /// hostile alert and rule names.
    /// </summary>
    public static CoverageResult CoverageResult() => new CoverageResultBuilder()
        .Uncovered("T1213", "Data from Information Repositories", 3)
        .Covered("T1078", "Valid Accounts", 3, Evidence(
            1234,
            Counted("Risky sign-in", 13),
            [new("Impossible travel", 800), new("Sign-in from anonymous IP", 434)],
            new CountedName("T1078", 900), new CountedName("T1078.004 (sub-technique)", 334)))
        .Covered("T1078.004", "Valid Accounts: Cloud Accounts", 2, Evidence(334, observedAs: new CountedName("T1078.004", 334)))
        .Covered("T1567", "Exfiltration Over Web Service", 2, Evidence(
            11,
            Some.HostileNames.Select(n => new CountedName(n, 1)).ToArray(),
            [new("=HYPERLINK(\"http://evil\")", 6), new("@rule", 5)],
            new CountedName("T1567", 11)))
        .Uncovered("T1567.002", "Exfiltration Over Web Service: Exfiltration to Cloud Storage", 1, parentOnlyAlerts: 11)
        .Uncovered("T1052", "Exfiltration Over Physical Medium", 3)
        .Uncovered("T1574.001", "Hijack Execution Flow: DLL", null, 0, "T1574.002")
        .Uncovered("T1005", "Data from Local System", 2)
        .Unrecognised("T1078,", 3, "not an ATT&CK technique ID", "alerts.csv:17")
        .UnknownToTarget("T1043", 2, "deprecated in ATT&CK 18.1", "alerts.csv:42")
        .Remapped("T1574.002", "T1574.001", "T1574.002 -> T1574.001 (revoked in 15.0)", 0)
        .KbUnmapped("T9999", "not in ATT&CK 18.1")
        .ObservedOutsideKb("T1110.003", "Brute Force: Password Spraying", 57)
        .Build();

    /// <summary>A result where no alert covers any KB technique.</summary>
    public static CoverageResult NothingCovered() => new CoverageResultBuilder()
        .Uncovered("T1052", "Exfiltration Over Physical Medium", 3)
        .Uncovered("T1078.004", "Valid Accounts: Cloud Accounts", 2, parentOnlyAlerts: 5)
        .Uncovered("T1005", "Data from Local System", null)
        .Build();
}
