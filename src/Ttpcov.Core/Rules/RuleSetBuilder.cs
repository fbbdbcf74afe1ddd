namespace Ttpcov.Core.Rules;

/// <summary>
/// Collects rules from any number of sources and keeps one copy per id. Among copies of one id with the same name
/// (compared without case), an enabled rule beats a disabled one, which beats a template; otherwise the first read
/// wins. Copies that share an id but not a name are different rules: both are kept, and the clash is reported.
/// </summary>
public sealed class RuleSetBuilder
{
    private readonly List<AnalyticRule> _rules = [];
    private readonly Dictionary<(string Id, string Name), int> _byKey = [];
    private readonly Dictionary<string, AnalyticRule> _firstById = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RuleReadProblem> _problems = [];
    private readonly List<RuleDuplicate> _duplicates = [];
    private readonly List<string> _notes = [];
    private readonly List<string> _sources = [];

    public RuleSetBuilder AddSource(string source)
    {
        _sources.Add(source);
        return this;
    }

    public RuleSetBuilder Add(RuleFileContent content)
    {
        _problems.AddRange(content.Problems);
        foreach (var rule in content.Rules)
        {
            Add(rule);
        }

        return this;
    }

    public RuleSetBuilder Add(AnalyticRule rule)
    {
        var key = (rule.Id.ToUpperInvariant(), rule.Name.Trim().ToUpperInvariant());
        if (_byKey.TryGetValue(key, out var index))
        {
            var kept = _rules[index];
            var (winner, loser) = Rank(rule) > Rank(kept) ? (rule, kept) : (kept, rule);
            _rules[index] = winner;
            _duplicates.Add(new RuleDuplicate(rule.Id, rule.Name, winner.Source, loser.Source,
                Rank(winner) > Rank(loser) ? $"the {winner.Role} copy wins over the {loser.Role} one" : "the first copy read wins"));
            return this;
        }

        if (_firstById.TryGetValue(rule.Id, out var other))
        {
            _problems.Add(new RuleReadProblem(rule.Source, $"id {rule.Id} is also used by a different rule, '{other.Name}' ({other.Source}); both are kept"));
        }
        else
        {
            _firstById.Add(rule.Id, rule);
        }

        _byKey.Add(key, _rules.Count);
        _rules.Add(rule);
        return this;
    }

    public RuleSetBuilder AddProblem(RuleReadProblem problem)
    {
        _problems.Add(problem);
        return this;
    }

    public RuleSetBuilder AddNote(string note)
    {
        _notes.Add(note);
        return this;
    }

    public RuleSet Build() => new([.. _rules], [.. _problems], [.. _duplicates], [.. _notes], [.. _sources]);

    private static int Rank(AnalyticRule rule) => rule.IsTemplate ? 0 : rule.Enabled ? 2 : 1;
}
