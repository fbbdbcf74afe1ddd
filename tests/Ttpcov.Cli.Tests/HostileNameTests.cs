using System.Text.Json;
using System.Text.Json.Nodes;
using Ttpcov.Core.Kb;
using Ttpcov.TestSupport;

namespace Ttpcov.Cli.Tests;

/// <summary>
/// Alert names built to break outputs go through the whole CLI: the layers stay valid JSON and carry each name exactly,
/// the CSV keeps its shape and neutralises formulas. Hostile/HostileOutputTests covers the reports and rule names.
/// </summary>
public sealed class HostileNameTests
{
    private static readonly string[] Names =
    [
        "<script>alert(1)</script>", "say \"hi\"", "line one\nline two", "=cmd|' /C calc'!A0", "a | b | c", "para\u2028graph",
        "+1", "@SUM(1)", "</svg><img src=x onerror=alert(1)>", "tab\there", "comma, inside",
    ];

    [Fact]
    public async Task Hostile_alert_names_round_trip_in_the_layers_and_are_neutralised_in_the_csv()
    {
        using var dir = new TempDirectory();
        var kbIds = EmbeddedKnowledgeBase.InsiderThreatV2.Techniques.Select(t => t.Id.ToString()).Take(Names.Length).ToList();
        var rows = Names.Select((name, i) => new JsonObject
        {
            ["SystemAlertId"] = $"id-{i}", ["TimeGenerated"] = "2025-03-01T10:00:00Z", ["AlertName"] = name, ["Techniques"] = $"[\"{kbIds[i]}\"]",
        }.ToJsonString());
        File.WriteAllLines(dir.File("alerts.ndjson"), rows);

        var run = await CliRun.Of("coverage", "--alerts", dir.File("alerts.ndjson"), "--out", dir.File("out"));

        Assert.Equal(0, run.ExitCode);
        using var layer = JsonDocument.Parse(File.ReadAllText(dir.File("out/insider-covered.json")));
        var values = layer.RootElement.GetProperty("techniques").EnumerateArray()
            .SelectMany(t => t.TryGetProperty("metadata", out var m) ? m.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(m => m.TryGetProperty("name", out var n) && n.GetString() == "alert name")
            .Select(m => m.GetProperty("value").GetString())
            .ToHashSet();
        Assert.All(Names, name => Assert.Contains($"{name} (1)", values));

        var csv = CsvRecords.Parse(File.ReadAllText(dir.File("out/coverage.csv")));
        var header = csv[0];
        Assert.All(csv, row => Assert.Equal(header.Count, row.Count));
        Assert.Equal(EmbeddedKnowledgeBase.InsiderThreatV2.Techniques.Count + 1, csv.Count);
        var nameCells = csv.Skip(1).Select(row => row[header.ToList().IndexOf("alert_names")]).Where(c => c.Length > 0).ToList();
        Assert.Equal(Names.Length, nameCells.Count);
        Assert.All(nameCells, cell => Assert.DoesNotMatch("^[=+\\-@\\t\\r]", cell));
        Assert.Contains(nameCells, cell => cell.StartsWith("'=cmd|' /C calc'!A0", StringComparison.Ordinal));
        Assert.Contains(nameCells, cell => cell.Contains("line one\nline two", StringComparison.Ordinal));
    }
}
