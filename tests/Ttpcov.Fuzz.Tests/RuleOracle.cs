using Ttpcov.Core.Rules;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Judges the rule readers: a file gives rules, or problems that name it, and nothing else: no exception escapes,
/// no problem message spans lines, no more rules than the file has objects, every rule has an id and a name. Reading
/// the same bytes a few at a time gives the same rules and problems. A side-car manifest is read through
/// <see cref="RuleSetReader"/> beside a good rule file, which must still be read.
/// </summary>
public static class RuleOracle
{
    public const string YamlPath = "rules/fuzzed.analytics.rule.yaml";

    public const string JsonPath = "rules/fuzzed.json";

    public const string ManifestPath = "rules/fuzzed.mitre.manifest.json";

    private static readonly byte[] RuleBesideManifest =
        "id: 9e9e9e9e-0000-4000-8000-000000000000\nname: Rule beside a fuzzed manifest\nrelevantTechniques: [T1078]\nquery: SigninLogs\n"u8.ToArray();

    public static void Yaml(byte[] input) => Check(input, s => RuleYamlReader.Read(s, YamlPath), YamlPath, maxRules: 1);

    public static void Json(byte[] input) => Check(input, s => RuleJsonReader.Read(s, JsonPath), JsonPath, maxRules: input.Count(b => b == (byte)'{'));

    public static void Manifest(byte[] input) => Check(input, s => WithManifest(s), ManifestPath, maxRules: 1, minRules: 1);

    private static RuleFileContent WithManifest(Stream manifest)
    {
        var builder = new RuleSetBuilder();
        RuleSetReader.Read(
            [new RuleSourceFile(YamlPath, () => new MemoryStream(RuleBesideManifest, writable: false)), new RuleSourceFile(ManifestPath, () => manifest)],
            RuleRole.Auto,
            builder);
        var set = builder.Build();
        return new RuleFileContent(set.Rules, set.Problems);
    }

    private static void Check(byte[] input, Func<Stream, RuleFileContent> read, string path, int maxRules, int minRules = 0)
    {
        var plain = BoundedRun.Execute(() => read(new MemoryStream(input, writable: false)), input.Length);
        var trickled = BoundedRun.Execute(() => read(new TrickleStream(new MemoryStream(input, writable: false))), input.Length);
        foreach (var outcome in new[] { plain, trickled })
        {
            if (outcome.Error is { } error)
            {
                throw new InvalidOperationException($"a {error.GetType().Name} escaped the rule reader (only per-file problems may come out): {error}", error);
            }

            Judge(outcome.Value!, path, maxRules, minRules);
        }

        if (plain.Describe(Describe) != trickled.Describe(Describe))
        {
            throw new InvalidOperationException($"the same file read a few bytes at a time reads differently:\n  {plain.Describe(Describe)}\n  {trickled.Describe(Describe)}");
        }
    }

    private static void Judge(RuleFileContent content, string path, int maxRules, int minRules)
    {
        foreach (var problem in content.Problems)
        {
            if (problem.Path != path)
            {
                throw new InvalidOperationException($"a problem names '{problem.Path}', not the file read ('{path}'): {problem.Message}");
            }

            if (problem.Message.Length == 0 || problem.Message.IndexOfAny(['\r', '\n', '\u2028', '\u2029', '\u0085']) >= 0)
            {
                throw new InvalidOperationException($"a problem message is empty or not one line: '{problem.Message}'");
            }
        }

        if (content.Rules.Count > maxRules || content.Rules.Count < minRules)
        {
            throw new InvalidOperationException($"{content.Rules.Count} rules from a file that can hold {minRules}..{maxRules}");
        }

        if (content.Rules.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Name)) is { } nameless)
        {
            throw new InvalidOperationException($"a rule without id or name was read: '{nameless.Id}' / '{nameless.Name}'");
        }
    }

    private static string Describe(RuleFileContent content) =>
        string.Join("\n", content.Rules.Select(r => $"{r.Id}|{r.Name}|{r.Kind}|{r.Enabled}|{string.Join(",", r.Techniques)}|{string.Join(",", r.UnrecognisedTechniques)}|{r.Source}"))
        + "\n" + string.Join("\n", content.Problems);
}
