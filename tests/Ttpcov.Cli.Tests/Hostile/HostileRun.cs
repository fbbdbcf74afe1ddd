using System.Text.Json;
using System.Text.Json.Nodes;
using Ttpcov.Core.Kb;

namespace Ttpcov.Cli.Tests.Hostile;

/// <summary>
/// One CLI run in which every name the outputs show is hostile: alert names and product names in the alerts, rule
/// names and connector ids in a <c>--rules</c> folder that holds one Azure-Sentinel YAML template per string and an
/// ARM export of deployed rules (half enabled). Each string sits on its own KB technique, so every output lists it.
/// </summary>
public sealed class HostileRun : IAsyncLifetime
{
    /// <summary>Text built to break HTML, SVG/XML (CDATA), CSV and spreadsheets, Markdown tables and code spans, and line-based formats.</summary>
    public static IReadOnlyList<string> Strings { get; } =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "]]>", "=cmd|' /C calc'!A0", "a | b | c", "``code`` and `tick",
        "line one\nline two", "para\u2028graph",
    ];

    private readonly TempDirectory _dir = new();

    public int ExitCode { get; private set; } = -1;

    public string Stderr { get; private set; } = string.Empty;

    // Each name starts with its hostile string (a formula must lead its cell) and ends with what it names.
    public static IReadOnlyList<string> AlertNames { get; } = Strings;

    public static IReadOnlyList<string> ProductNames { get; } = [.. Strings.Select(s => s + " (product)")];

    public static IReadOnlyList<string> TemplateNames { get; } = [.. Strings.Select(s => s + " (template)")];

    public static IReadOnlyList<string> ConnectorIds { get; } = [.. Strings.Select(s => s + " (connector)")];

    public static IReadOnlyList<string> ArmRuleNames { get; } = [.. Strings.Select(s => s + " (arm rule)")];

    public static IReadOnlyList<string> AllNames { get; } = [.. AlertNames, .. ProductNames, .. TemplateNames, .. ConnectorIds, .. ArmRuleNames];

    public static string TemplateId(int i) => $"00000000-0000-4000-8000-{i:D12}";

    public static string ArmRuleId(int i) => $"11111111-0000-4000-8000-{i:D12}";

    public string Output(string name) => File.ReadAllText(Path.Combine(_dir.Path, "out", name));

    public async ValueTask InitializeAsync()
    {
        var kb = EmbeddedKnowledgeBase.InsiderThreatV2.Techniques.Select(t => t.Id.ToString()).ToList();
        File.WriteAllLines(_dir.File("alerts.ndjson"), Strings.Select((_, i) => new JsonObject
        {
            ["SystemAlertId"] = $"id-{i}", ["TimeGenerated"] = "2025-03-01T10:00:00Z", ["AlertName"] = AlertNames[i],
            ["ProductName"] = ProductNames[i], ["Techniques"] = $"[\"{kb[i]}\"]",
        }.ToJsonString()));
        var rules = Directory.CreateDirectory(_dir.File("rules")).FullName;
        for (var i = 0; i < Strings.Count; i++)
        {
            File.WriteAllText(Path.Combine(rules, $"template-{i}.yaml"), Template(i, kb[Strings.Count + i]));
        }

        File.WriteAllText(Path.Combine(rules, "arm-export.json"), ArmExport(kb.Skip(2 * Strings.Count).ToList()));
        var run = await CliRun.Of("coverage", "--alerts", _dir.File("alerts.ndjson"), "--rules", rules, "--out", _dir.File("out"), "--quiet");
        (ExitCode, Stderr) = (run.ExitCode, run.Stderr);
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    // A JSON string is a valid YAML double-quoted scalar, escapes included.
    private static string Template(int i, string technique) => $"""
        id: {TemplateId(i)}
        name: {JsonSerializer.Serialize(TemplateNames[i])}
        kind: Scheduled
        query: SecurityEvent
        relevantTechniques: [{technique}]
        requiredDataConnectors:
          - connectorId: {JsonSerializer.Serialize(ConnectorIds[i])}
            dataTypes: [SecurityEvent]
        """;

    private static string ArmExport(IReadOnlyList<string> techniques) => new JsonObject
    {
        ["value"] = new JsonArray([.. ArmRuleNames.Select((name, i) => new JsonObject
        {
            ["id"] = $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/ws/providers/Microsoft.SecurityInsights/alertRules/{ArmRuleId(i)}",
            ["name"] = ArmRuleId(i),
            ["type"] = "Microsoft.SecurityInsights/alertRules",
            ["kind"] = "Scheduled",
            ["properties"] = new JsonObject { ["displayName"] = name, ["enabled"] = i % 2 == 0, ["techniques"] = new JsonArray(techniques[i]) },
        })]),
    }.ToJsonString();
}
