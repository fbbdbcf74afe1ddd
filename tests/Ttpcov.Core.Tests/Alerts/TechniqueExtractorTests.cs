using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Tests.Alerts;

public class TechniqueExtractorTests
{
    private static ExtractedTechniques Extract(string? techniques = null, string? subTechniques = null, string? extendedProperties = null, string? tactics = null) =>
        TechniqueExtractor.Extract(new AlertRecord { Techniques = techniques, SubTechniques = subTechniques, ExtendedProperties = extendedProperties, Tactics = tactics });

    private static string[] Ids(ExtractedTechniques e) => [.. e.Ids.Select(i => i.ToString())];

    [Fact]
    public void Reads_the_json_array_strings_of_techniques_and_sub_techniques()
    {
        var e = Extract("[\"T1003\",\"T1550\"]", "[\"T1550.002\"]");

        Assert.Equal(["T1003", "T1550", "T1550.002"], Ids(e));
        Assert.Empty(e.Unrecognised);
    }

    [Theory]
    [InlineData("T1078, T1110")]
    [InlineData("T1078;T1110")]
    [InlineData(" t1078 ,t1110 ")]
    [InlineData("[\"T1078\", \"T1110\", \"T1078\"]")]
    [InlineData("[\"T1078\",\"T1110\"")]
    public void Reads_comma_lists_semicolon_lists_mixed_case_and_broken_json_alike(string field) =>
        Assert.Equal(["T1078", "T1110"], Ids(Extract(field)));

    [Fact]
    public void Takes_technique_keys_from_extended_properties_and_ignores_the_query_text()
    {
        var ep = """{"MitreTechniques":"T1047;T1082;T1497.001","Query":"// T9999 in a comment","Analytic Rule Ids":"[\"abc\"]"}""";

        Assert.Equal(["T1047", "T1082", "T1497.001"], Ids(Extract(extendedProperties: ep)));
    }

    [Fact]
    public void Extended_properties_values_may_be_arrays_or_json_encoded_strings()
    {
        var ep = """{"Techniques":["T1078"],"SubTechniques":"[\"T1078.004\"]"}""";

        Assert.Equal(["T1078", "T1078.004"], Ids(Extract(extendedProperties: ep)));
    }

    [Fact]
    public void Counts_values_that_are_not_ids_instead_of_dropping_them()
    {
        var e = Extract("[\"T1078\",\"T114\",\"N.A.\",\"Discovery\",\"T1078.4\"]");

        Assert.Equal(["T1078"], Ids(e));
        Assert.Equal(["DISCOVERY", "N.A.", "T1078.4", "T114"], e.Unrecognised);
    }

    [Fact]
    public void Non_string_array_elements_are_unrecognised_values()
    {
        var e = Extract("[1078, null, \"T1078\"]");

        Assert.Equal(["T1078"], Ids(e));
        Assert.Equal(["1078"], e.Unrecognised);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData(null)]
    public void Empty_fields_carry_nothing(string? field) => Assert.Same(ExtractedTechniques.Empty, Extract(field, field));

    [Fact]
    public void An_unreadable_extended_properties_that_mentions_techniques_is_flagged_not_fatal()
    {
        var e = Extract("[\"T1078\"]", extendedProperties: "{\"MitreTechniques\": \"T1047");

        Assert.Equal(["T1078"], Ids(e));
        Assert.True(e.ExtendedPropertiesUnreadable);
    }

    [Theory]
    [InlineData("LateralMovement, Impact", new[] { "lateral-movement", "impact" })]
    [InlineData("Persistence,PrivilegeEscalation", new[] { "persistence", "privilege-escalation" })]
    [InlineData("Defense evasion, Lateral movement", new[] { "defense-evasion", "lateral-movement" })]
    [InlineData("CommandandControl", new[] { "command-and-control" })]
    [InlineData("Unknown", new string[0])]
    public void Reads_tactics_in_every_spelling(string tactics, string[] expected) =>
        Assert.Equal(expected, Extract(tactics: tactics).Tactics.Select(t => t.ShortName));
}
