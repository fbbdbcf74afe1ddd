using System.Text;
using System.Text.Json;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Layers;
using Ttpcov.TestSupport;

namespace Ttpcov.Core.Tests.Layers;

public class NavigatorLayerWriterTests
{
    private static string Write(NavigatorLayer layer)
    {
        using var stream = new MemoryStream();
        new NavigatorLayerWriter().Write(layer, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Cultures.Hostile), MemberType = typeof(Cultures))]
    public void Writes_the_three_layers_as_their_golden_files_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        var builder = new LayerBuilder();
        var result = Some.CoverageResult();

        GoldenFile.Verify("Ttpcov.Core.Tests", "insider-covered.json", Write(builder.Covered(result)));
        GoldenFile.Verify("Ttpcov.Core.Tests", "insider-uncovered.json", Write(builder.Uncovered(result)));
        GoldenFile.Verify("Ttpcov.Core.Tests", "insider-coverage.json", Write(builder.Coverage(result)));
    }

    [Fact]
    public void Hostile_alert_and_rule_names_are_escaped_and_read_back_unchanged()
    {
        var json = Write(new LayerBuilder(maxListed: 20).Covered(Some.CoverageResult()));

        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2028', json);
        Assert.DoesNotContain('\r', json);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var values = document.RootElement.GetProperty("techniques").EnumerateArray()
            .SelectMany(t => t.GetProperty("metadata").EnumerateArray())
            .Where(m => m.TryGetProperty("value", out _))
            .Select(m => m.GetProperty("value").GetString())
            .ToHashSet();
        Assert.All(Some.HostileNames, name => Assert.Contains($"{name} (1)", values));
        Assert.Contains("=HYPERLINK(\"http://evil\") (6)", values);
    }

    [Fact]
    public void Entries_are_sorted_by_id_and_carry_no_tactic_and_the_layer_no_filters()
    {
        var shuffled = new NavigatorLayer("n", "d", "18",
            [Technique("T1567"), Technique("T1078.004"), Technique("T1005"), Technique("T1078")],
            new LayerGradient(["#ffffff", "#000000"], 0, 1), [], []);

        using var document = JsonDocument.Parse(Write(shuffled));

        var entries = document.RootElement.GetProperty("techniques").EnumerateArray().ToList();
        Assert.Equal(["T1005", "T1078", "T1078.004", "T1567"], entries.Select(e => e.GetProperty("techniqueID").GetString()));
        Assert.All(entries, e => Assert.False(e.TryGetProperty("tactic", out _)));
        Assert.False(document.RootElement.TryGetProperty("filters", out _));
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("versions").GetProperty("attack").ValueKind);
    }

    [Fact]
    public void Several_layers_go_into_one_array_file()
    {
        using var stream = new MemoryStream();
        new NavigatorLayerWriter().WriteMany(new LayerBuilder().All(Some.CoverageResult()), stream);

        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(3, document.RootElement.GetArrayLength());
    }

    private static LayerTechnique Technique(string id) => new(TechniqueId.Parse(id), 1, null, "c", []);
}
