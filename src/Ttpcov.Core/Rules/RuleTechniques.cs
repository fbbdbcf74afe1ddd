using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Rules;

/// <summary>Adds technique values from another place (a side-car manifest) to a rule, keeping IDs sorted and distinct.</summary>
internal static class RuleTechniques
{
    public static AnalyticRule With(AnalyticRule rule, IEnumerable<string> values)
    {
        var ids = new SortedSet<TechniqueId>(rule.Techniques);
        var unrecognised = rule.UnrecognisedTechniques.ToList();
        foreach (var value in values)
        {
            if (TechniqueId.TryParse(value, out var id))
            {
                ids.Add(id);
            }
            else if (!unrecognised.Contains(value))
            {
                unrecognised.Add(value);
            }
        }

        return rule with { Techniques = [.. ids], UnrecognisedTechniques = unrecognised };
    }
}
