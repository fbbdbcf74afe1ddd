using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ttpcov.Core.Coverage;
using Ttpcov.Core.Layers;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Layers;

public class NavigatorLayerValidatorTests
{
    // The minimal valid layer of docs/attack-navigator.md §1.11, plus metadata, a tactic and the other colours.
    private const string Minimal = """
        {
          "name": "Insider KB coverage",
          "versions": { "attack": "18", "navigator": "5.1.0", "layer": "4.5" },
          "domain": "enterprise-attack",
          "layout": { "layout": "side", "showID": true, "expandedSubtechniques": "annotated" },
          "hideDisabled": false,
          "techniques": [
            { "techniqueID": "T1052.001", "tactic": "exfiltration", "score": 1, "color": "#31a354", "comment": "seen",
              "metadata": [ { "name": "alerts", "value": "1" }, { "divider": true } ] }
          ],
          "gradient": { "colors": ["#ffffff", "#31a354"], "minValue": 0, "maxValue": 1 },
          "legendItems": [ { "label": "covered", "color": "#31a354" } ],
          "tacticRowBackground": "#dddddd"
        }
        """;

    private readonly NavigatorLayerValidator _validator = new();

    private IReadOnlyList<LayerProblem> Validate(string json, IReadOnlySet<string>? expected = null) =>
        _validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(json)), expected);

    private static HashSet<string> IdsOf(IEnumerable<KbTechniqueCoverage> techniques) =>
        techniques.Select(t => t.Id.ToString()).ToHashSet(StringComparer.Ordinal);

    private static MemoryStream Written(NavigatorLayer layer)
    {
        var stream = new MemoryStream();
        new NavigatorLayerWriter().Write(layer, stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void The_minimal_layer_is_valid() => Assert.Empty(Validate(Minimal));

    [Fact]
    public void Every_layer_ttpcov_writes_is_valid_and_shows_exactly_its_kb_techniques()
    {
        var builder = new LayerBuilder();
        foreach (var result in new[] { Some.CoverageResult(), Some.NothingCovered() })
        {
            Assert.Empty(_validator.Validate(Written(builder.Covered(result)), IdsOf(result.Techniques.Where(t => t.Covered))));
            Assert.Empty(_validator.Validate(Written(builder.Uncovered(result)), IdsOf(result.Techniques.Where(t => !t.Covered))));
            Assert.Empty(_validator.Validate(Written(builder.Coverage(result)), IdsOf(result.Techniques)));
        }
    }

    [Fact]
    public void The_array_form_is_validated_layer_by_layer()
    {
        var problems = Validate($"[{Minimal}, {Minimal.Replace("\"4.5\"", "\"4.4\"", StringComparison.Ordinal)}]");

        Assert.Equal("$[1].versions.layer", Assert.Single(problems).Path);
    }

    [Theory]
    [InlineData("$.versions.attack", "versions", "attack", "18")]
    [InlineData("$.versions.layer", "versions", "layer", "\"4.4\"")]
    [InlineData("$.techniques[0].color", "techniques/0", "color", "\"#fff\"")]
    [InlineData("$.techniques[0].score", "techniques/0", "score", "\"1\"")]
    [InlineData("$.techniques[0].techniqueID", "techniques/0", "techniqueID", "\"T1052.1\"")]
    [InlineData("$.techniques[0].techniqueID", "techniques/0", "techniqueID", "\"t1052\"")]
    [InlineData("$.techniques[0].tactic", "techniques/0", "tactic", "\"\"")]
    [InlineData("$.techniques[0].tactic", "techniques/0", "tactic", "null")]
    [InlineData("$.techniques[0].metadata[0].value", "techniques/0/metadata/0", "value", "\"\"")]
    [InlineData("$.techniques[0].metadata[0].name", "techniques/0/metadata/0", "name", "\" \"")]
    [InlineData("$.gradient", "gradient", "maxValue", "0")]
    [InlineData("$.gradient.colors", "gradient", "colors", "[\"#ffffff\"]")]
    [InlineData("$.gradient.colors[1]", "gradient", "colors", "[\"#ffffff\", \"#31a354ff\"]")]
    [InlineData("$.legendItems[0].color", "legendItems/0", "color", "\"green\"")]
    [InlineData("$.legendItems[0].label", "legendItems/0", "label", "\"\"")]
    [InlineData("$.tacticRowBackground", "", "tacticRowBackground", "\"#ddd\"")]
    [InlineData("$.layout.expandedSubtechniques", "layout", "expandedSubtechniques", "\"some\"")]
    [InlineData("$.layout.layout", "layout", "layout", "\"grid\"")]
    [InlineData("$.domain", "", "domain", "\"enterprise\"")]
    [InlineData("$.name", "", "name", "\"\"")]
    [InlineData("$.hideDisabled", "", "hideDisabled", "\"false\"")]
    public void Each_rule_catches_its_break(string expectedPath, string owner, string property, string badValue)
    {
        var layer = JsonNode.Parse(Minimal)!;
        var target = owner.Length == 0 ? layer : owner.Split('/').Aggregate(layer, (node, step) => int.TryParse(step, out var i) ? node[i]! : node[step]!);
        target[property] = JsonNode.Parse(badValue);

        var problems = Validate(layer.ToJsonString());

        Assert.Contains(problems, p => p.Path == expectedPath);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("domain")]
    [InlineData("versions")]
    public void Required_fields_must_be_present(string property)
    {
        var layer = JsonNode.Parse(Minimal)!.AsObject();
        layer.Remove(property);

        Assert.Contains(Validate(layer.ToJsonString()), p => p.Path == "$" && p.Message.Contains(property, StringComparison.Ordinal));
    }

    [Fact]
    public void A_technique_annotated_twice_under_the_same_tactic_is_reported()
    {
        var layer = JsonNode.Parse(Minimal)!;
        layer["techniques"]!.AsArray().Add(layer["techniques"]![0]!.DeepClone());

        Assert.Contains(Validate(layer.ToJsonString()), p => p.Path == "$.techniques[1]");
    }

    [Fact]
    public void Ids_outside_the_expected_set_and_missing_ids_are_reported()
    {
        var problems = Validate(Minimal, new HashSet<string>(["T1052", "T1078"], StringComparer.Ordinal));

        Assert.Equal(
            ["$.techniques: T1052.001 is not one of the expected techniques", "$.techniques: expected technique T1052 is missing", "$.techniques: expected technique T1078 is missing"],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Text_that_is_not_json_is_one_problem_not_an_exception()
    {
        Assert.Equal("$", Assert.Single(Validate("{ \"name\": ")).Path);
        Assert.Single(_validator.Validate(JsonDocument.Parse("42")));
    }
}
