using System.Globalization;
using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Tests.Alerts;

/// <summary>The one-pass ExtendedProperties scan reads what a parsed document would, on the awkward cases too.</summary>
public sealed class ExtendedPropertiesScanTests
{
    [Theory]
    [InlineData("""{"MitreTechniques":"T1047;T1082","Analytic Rule Ids":"[\"r1\"]"}""", "T1047,T1082", "r1", false)]
    [InlineData("""{"Analytic Rule Ids":"[\"first\"]","Analytic Rule Ids":"[\"last\"]"}""", "", "last", false)]
    [InlineData("""{"Analytic Rule Ids":"[\"first\"]","Analytic Rule Ids":["array"]}""", "", null, false)]
    [InlineData("""{"MitreTechnique\u0073":["T1078",["T1110.003"],null,{"x":1},7]}""", "T1078,T1110.003", null, false)]
    [InlineData("""["MitreTechniques","T1078"]""", "", null, true)]
    [InlineData("""{"MitreTechniques":"T1078"} trailing""", "", null, true)]
    [InlineData("""{"MitreTechniques":"T1078","Analytic Rule Ids":"[\"r\"]" """, "", null, true)]
    [InlineData("""{"other":"no mention","Analytic Rule Ids":"[\"r2\"]"}""", "", "r2", false)]
    public void Finds_what_a_parsed_document_finds(string json, string ids, string? rule, bool unreadable)
    {
        var record = new AlertRecord { ExtendedProperties = json };

        var extracted = TechniqueExtractor.Extract(record);

        Assert.Equal(ids, string.Join(',', extracted.Ids));
        Assert.Equal(unreadable, extracted.ExtendedPropertiesUnreadable);
        Assert.Equal(rule, RuleIdExtractor.Extract(record));
        Assert.Equal(ReferenceRuleId(json), RuleIdExtractor.Extract(record));
    }

    [Fact]
    public void Object_and_number_values_are_reported_as_their_raw_JSON()
    {
        var extracted = TechniqueExtractor.Extract(new AlertRecord { ExtendedProperties = """{"Techniques":[{"id":"T1"},1078]}""" });

        Assert.Equal(["1078", """{"ID":"T1"}"""], extracted.Unrecognised);
    }

    [Theory]
    [InlineData("2023-02-20T11:04:02.6371632Z")]
    [InlineData("2022-01-06T13:01:34Z")]
    [InlineData("2024-02-29T23:59:59.9Z")]
    [InlineData("2023-02-29T10:00:00Z")]
    [InlineData("2024-07-04T24:00:00Z")]
    [InlineData("2024-07-04T22:35:00.Z")]
    public void The_ISO_fast_path_agrees_with_the_general_parser(string text)
    {
        var general = DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expected);

        Assert.Equal(general, TimestampParser.TryParse(text, DateOrder.MonthFirst, out var value) && value is not null);
        Assert.Equal(general ? expected.ToUniversalTime() : null, value);
    }

    /// <summary>The original implementation: parse the document, take the property, first element of the list.</summary>
    private static string? ReferenceRuleId(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("Analytic Rule Ids", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!.Split([',', '[', ']', '"', ' ', '\\'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
