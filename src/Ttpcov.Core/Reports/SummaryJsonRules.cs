using System.Text.Json;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Rules;

namespace Ttpcov.Core.Reports;

/// <summary>
/// The <c>rules</c> object of <c>summary.json</c>, written only when rules were given: what was read, the rung
/// counts, and per KB technique (in ID order) its rung and how many enabled rules, disabled rules and templates map to
/// it. Rule names stay out (they are in <c>gaps.csv</c> and the reports); <see cref="SummaryJsonReader"/> reads the rungs.
/// </summary>
internal static class SummaryJsonRules
{
    public static void Write(Utf8JsonWriter json, CoverageResult result)
    {
        if (result.Rules is not { } rules)
        {
            return;
        }

        var set = rules.RuleSet;
        json.WriteStartObject("rules");
        json.WriteNumber("read", set.Rules.Count);
        json.WriteNumber("enabled", set.EnabledRules);
        json.WriteNumber("disabled", set.DisabledRules);
        json.WriteNumber("templates", set.Templates);
        json.WriteNumber("incidentCreationExcluded", set.IncidentCreationRules);
        json.WriteNumber("problems", set.Problems.Count);
        json.WriteNumber("duplicates", set.Duplicates.Count);
        json.WriteNumber("unrecognisedValues", rules.Unrecognised.Count);
        json.WriteNumber("unknownToTarget", rules.UnknownToTarget.Count);
        json.WriteStartObject("rungs");
        foreach (var rung in LadderText.Rungs)
        {
            json.WriteNumber(LadderText.Token(rung), rules.Count(rung));
        }

        json.WriteEndObject();
        json.WriteStartArray("techniques");
        foreach (var t in rules.Techniques.OrderBy(t => t.Id))
        {
            json.WriteStartObject();
            json.WriteString("id", t.Id.ToString());
            json.WriteString("rung", LadderText.Token(t.Rung));
            json.WriteNumber("enabledRules", t.EnabledRules.Count);
            json.WriteNumber("disabledRules", t.DisabledRules.Count);
            json.WriteNumber("templates", t.Templates.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
