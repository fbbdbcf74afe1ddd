using System.Text;
using Ttpcov.Core.Attack;

namespace Ttpcov.Core.Tests.Attack;

public class AttackCatalogReaderTests
{
    private static AttackCatalog Read(string json) => AttackCatalogReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "catalog.json");

    [Fact]
    public void Reads_the_compact_schema()
    {
        var catalog = Read("""
            {"version":"9.9","domain":"enterprise-attack","source":"s","tactics":[{"id":"TA0002","shortname":"execution","name":"Execution"}],
             "techniques":[{"id":"T1059","name":"Command and Scripting Interpreter","tactics":["execution"],"deprecated":false,"revokedBy":null,"dataComponents":["Process Creation"]},
                           {"id":"T1086","name":"PowerShell","tactics":["execution"],"deprecated":false,"revokedBy":"T1059.001","dataComponents":[]}]}
            """);

        Assert.Equal("9.9", catalog.Version);
        Assert.True(catalog.IsLive(TechniqueId.Parse("T1059")));
        Assert.True(catalog.TryGet(TechniqueId.Parse("T1086"), out var powerShell));
        Assert.Equal(TechniqueId.Parse("T1059.001"), powerShell.RevokedBy);
    }

    [Theory]
    [InlineData("{\"version\":\"1\"", "not valid JSON")]
    [InlineData("{\"version\":\"1\",\"source\":\"s\",\"tactics\":[],\"techniques\":[]}", "holds no techniques")]
    [InlineData("{\"version\":\"1\",\"source\":\"s\",\"tactics\":[],\"techniques\":[{\"id\":\"T12\",\"name\":\"x\"}]}", "'id' is 'T12', not a technique ID")]
    [InlineData("{\"version\":\"1\",\"source\":\"s\",\"techniques\":[]}", "'tactics' is missing")]
    public void Broken_data_is_refused_naming_the_input_and_the_problem(string json, string expected)
    {
        var error = Assert.Throws<InputFormatException>(() => Read(json));

        Assert.StartsWith("catalog.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
