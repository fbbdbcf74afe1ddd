using System.Text;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Tests.Rules;

/// <summary>Rule files built to break the readers (found by the fuzz pass) give problems that name the file, never an exception, a hang or a crash.</summary>
public class HostileRuleFileTests
{
    private const string Rule = "id: 11111111-0000-0000-0000-0000000000aa\nname: Hostile\nquery: SigninLogs\n";

    [Fact]
    public void A_problem_quoting_a_multi_line_json_literal_stays_on_one_line_and_is_cut()
    {
        var json = "{\n  \"name\":nope" + string.Concat(Enumerable.Repeat("\n  \"kind\": \"NRT\",", 200)) + "\n}";

        var problem = Assert.Single(RuleFiles.Read(RuleRole.Auto, RuleFiles.Text("rules/bad.json", json)).Problems);

        Assert.Equal("rules/bad.json", problem.Path);
        Assert.StartsWith("not valid JSON (line 2)", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Message);
        Assert.InRange(problem.Message.Length, 100, 601);
    }

    [Fact]
    public void A_clash_of_ids_naming_a_rule_with_a_line_break_stays_on_one_line()
    {
        var set = RuleFiles.Read(
            RuleRole.Auto,
            RuleFiles.Text("a.yaml", Rule.Replace("Hostile", "\"line one\\nline two\"", StringComparison.Ordinal)),
            RuleFiles.Text("b.yaml", Rule.Replace("Hostile", "Other", StringComparison.Ordinal)));

        var problem = Assert.Single(set.Problems);
        Assert.Contains("'line one line two'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x5B, 0x7B, 0x22, 0x54, 0x61, 0x63, 0x74, 0x69, 0x63, 0x22, 0x3A, 0x22, 0xF2, 0x22, 0x7D, 0x5D })] // [{"Tactic":"<invalid UTF-8>"}]
    [InlineData(new byte[] { 0x5B, 0x7B, 0x22, 0x54, 0x61, 0x63, 0x74, 0x69, 0x63, 0x22, 0x3A, 0x22, 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30, 0x22, 0x7D, 0x5D })] // [{"Tactic":"\ud800"}]
    public void A_manifest_with_unreadable_text_is_a_problem_of_the_manifest_and_its_rule_is_still_read(byte[] manifest)
    {
        var set = RuleFiles.Read(RuleRole.Auto, RuleFiles.Text("r.analytics.rule.yaml", Rule), RuleFiles.Bytes("r.mitre.manifest.json", manifest));

        Assert.Equal("Hostile", Assert.Single(set.Rules).Name);
        Assert.Equal("r.mitre.manifest.json", Assert.Single(set.Problems).Path);
    }

    [Fact]
    public void Yaml_that_trips_the_scanner_inside_a_flow_sequence_is_a_problem_of_the_file()
    {
        var yaml = Rule + "tactics: &tactics [InitialAccess, Persistques [\"T1078.004\", T1078]\nalternate:\n  tactics: *tactics\n";

        var problem = Assert.Single(RuleFiles.Read(RuleRole.Auto, RuleFiles.Text("scanner.yaml", yaml)).Problems);

        Assert.Equal("scanner.yaml", problem.Path);
        Assert.StartsWith("not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_entry_without_a_key_is_a_problem_of_the_file()
    {
        var problem = Assert.Single(RuleFiles.Read(RuleRole.Auto, RuleFiles.Text("keyless.yaml", Rule + "alternate:\n : 1\n")).Problems);

        Assert.Equal("keyless.yaml", problem.Path);
        Assert.StartsWith("not valid YAML", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    public void Yaml_nested_ten_thousand_deep_is_a_problem_with_a_position_even_on_a_one_megabyte_stack(string style)
    {
        var nested = style == "flow"
            ? "relevantTechniques: " + new string('[', 10_000) + "T1078" + new string(']', 10_000) + "\n"
            : "nested:\n" + string.Concat(Enumerable.Range(1, 10_000).Select(i => new string(' ', i) + "-\n"));

        var problem = Assert.Single(OnSmallStack(Rule + nested).Problems);

        Assert.Equal("hostile.yaml", problem.Path);
        Assert.Matches("^not valid YAML at line (4, column 84|68, column 65): .*deeper than 64 levels", problem.Message);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_a_problem_not_a_hang()
    {
        var bomb = "lol0: &a0 [T1078, T1078, T1078, T1078, T1078, T1078, T1078, T1078, T1078]\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"lol{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n"))
            + "relevantTechniques: *a8\n";

        var problem = Assert.Single(OnSmallStack(Rule + bomb).Problems);

        Assert.Equal("not read: more than 100,000 values once aliases are expanded (an alias bomb?)", problem.Message);
    }

    [Fact]
    public void An_anchor_that_contains_itself_is_a_problem_not_a_stack_overflow()
    {
        var problem = Assert.Single(OnSmallStack(Rule + "relevantTechniques: &loop [T1078, *loop]\n").Problems);

        Assert.StartsWith("not read: aliases nest deeper than 64 levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_and_aliases_used_a_few_times_still_read()
    {
        var rule = Assert.Single(OnSmallStack(Rule + "x: &t [T1078, T1052]\nrelevantTechniques: *t\ntactics: [Exfiltration]\n").Rules);

        Assert.Equal(["T1052", "T1078"], rule.Techniques.Select(t => t.ToString()));
    }

    private static RuleSet OnSmallStack(string yaml)
    {
        RuleSet? set = null;
        var thread = new Thread(() => set = RuleFiles.Read(RuleRole.Auto, RuleFiles.Text("hostile.yaml", yaml)), maxStackSize: 1 << 20);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the read hung");
        return set!;
    }
}
