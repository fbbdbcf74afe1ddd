using Ttpcov.Azure.Alerts;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Azure.Tests;

public sealed class QueryModeTests
{
    [Fact]
    public async Task Rows_and_groups_weigh_the_same_deduplicated_alerts_with_the_same_technique_text()
    {
        await using var live = await LiveHarness.StartAsync();
        var rows = SyntheticAlerts.Generate(2_000, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, rows);

        var perAlert = await live.ReadAsync(AlertQueryMode.Rows);
        var grouped = await live.ReadAsync(AlertQueryMode.Groups);

        Assert.Equal(2_000, perAlert.Count);
        Assert.All(perAlert, r => Assert.Equal(1, r.Weight));
        Assert.Equal(2_000, grouped.Sum(r => r.Weight));
        Assert.True(grouped.Count < 20, $"{grouped.Count} groups");
        Assert.Equal(WeightByKey(perAlert), WeightByKey(grouped));
    }

    [Fact]
    public async Task Duplicate_rows_of_an_alert_collapse_to_its_latest_row()
    {
        await using var live = await LiveHarness.StartAsync();
        var t = LiveHarness.Start.AddDays(1);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA,
        [
            SyntheticAlerts.Simple("a1", t, "[\"T1530\"]", LiveHarness.WorkspaceA, "first"),
            SyntheticAlerts.Simple("a1", t.AddHours(2), "[\"T1567\"]", LiveHarness.WorkspaceA, "latest"),
            SyntheticAlerts.Simple("a1", t.AddHours(1), "[\"T1114\"]", LiveHarness.WorkspaceA, "middle"),
        ]);

        var record = Assert.Single(await live.ReadAsync(AlertQueryMode.Rows));

        Assert.Equal("latest", record.AlertName);
        Assert.Equal("[\"T1567\"]", record.Techniques);
        Assert.Equal(SyntheticAlerts.Format(t.AddHours(2)).Replace(".0000000", "", StringComparison.Ordinal), record.TimeGenerated);
    }

    [Fact]
    public async Task Rows_without_an_alert_id_count_once_each_in_both_modes()
    {
        await using var live = await LiveHarness.StartAsync();
        var t = LiveHarness.Start.AddDays(2);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA,
        [
            SyntheticAlerts.Simple("", t, "[\"T1530\"]", LiveHarness.WorkspaceA),
            SyntheticAlerts.Simple(null, t, "[\"T1530\"]", LiveHarness.WorkspaceA),
            SyntheticAlerts.Simple("", t.AddHours(1), "[\"T1530\"]", LiveHarness.WorkspaceA),
        ]);

        Assert.Equal(3, (await live.ReadAsync(AlertQueryMode.Rows)).Count);
        Assert.Equal(3, Assert.Single(await live.ReadAsync(AlertQueryMode.Groups)).Weight);
    }

    [Fact]
    public async Task Technique_keys_of_extended_properties_are_kept_and_rule_queries_are_not()
    {
        await using var live = await LiveHarness.StartAsync();
        var rows = SyntheticAlerts.Generate(200, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, rows);

        var records = await live.ReadAsync(AlertQueryMode.Groups);

        Assert.Contains(records, r => r.ExtendedProperties == "{\"MitreTechniques\":\"T1047;T1082\"}");
        Assert.DoesNotContain(records, r => r.ExtendedProperties!.Contains("T9999", StringComparison.Ordinal));
        Assert.Contains(records, r => r.RuleId == "0c0ffee0-2222-4b4b-8c8c-abcdefabcdef");
        Assert.All(records.Where(r => r.ProductName != "Azure Sentinel"), r => Assert.Equal("", r.RuleId));
    }

    [Fact]
    public async Task Records_name_the_workspace_queried_when_the_row_has_no_tenant()
    {
        await using var live = await LiveHarness.StartAsync();
        var t = LiveHarness.Start.AddDays(3);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, [SyntheticAlerts.Simple("a", t, "[\"T1530\"]", LiveHarness.WorkspaceA)]);
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceB, [SyntheticAlerts.Simple("b", t, "[\"T1530\"]", ""), SyntheticAlerts.Simple("c", t, "[\"T1485\"]", "")]);
        var source = live.Source();

        var records = await live.ReadAsync(AlertQueryMode.Rows, source, LiveHarness.WorkspaceA, LiveHarness.WorkspaceB);

        Assert.Equal([LiveHarness.WorkspaceA, LiveHarness.WorkspaceB, LiveHarness.WorkspaceB], records.Select(r => r.Workspace));
        Assert.All(records, r => Assert.Contains(r.Workspace!, r.Location.Source, StringComparison.Ordinal));
        Assert.Equal(1, source.Statistics.Workspaces[LiveHarness.WorkspaceA].Requests);
        Assert.True(source.Statistics.Workspaces[LiveHarness.WorkspaceB].BytesReceived > 0);
    }

    [Fact]
    public async Task A_workspace_without_data_yields_no_records()
    {
        await using var live = await LiveHarness.StartAsync();
        live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, []);

        var result = await live.Client.QueryAsync(LiveHarness.WorkspaceA, "// ttpcov:rows-v1\nSecurityAlert", LiveHarness.Window, TestContext.Current.CancellationToken);

        Assert.True(result.WorkspaceHasNoData);
        Assert.Empty(await live.ReadAsync(AlertQueryMode.Groups));
    }

    internal static Dictionary<string, long> WeightByKey(IEnumerable<AlertRecord> records) =>
        records.GroupBy(r => string.Join("|", r.Techniques, r.SubTechniques, r.ExtendedProperties, r.AlertName, r.ProductName, r.RuleId, r.Workspace))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Weight));
}
