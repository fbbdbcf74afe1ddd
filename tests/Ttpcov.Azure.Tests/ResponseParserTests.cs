using System.Text;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Azure.Tests;

public sealed class ResponseParserTests
{
    [Fact]
    public void Cells_are_kept_as_text_with_longs_exact_and_nan_and_null_preserved()
    {
        const string json = """
            {"tables":[{"name":"PrimaryResult","columns":[{"name":"L","type":"long"},{"name":"R","type":"real"},{"name":"D","type":"dynamic"},{"name":"S","type":"string"},{"name":"B","type":"bool"},{"name":"T","type":"datetime"}],
            "rows":[[9223372036854775807,"NaN","[\"T1078\",\"T1110\"]",null,false,"2022-01-06T13:01:34Z"]]}]}
            """;

        var (tables, error) = LogsResponseParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(error);
        Assert.Equal(new string?[] { "9223372036854775807", "NaN", "[\"T1078\",\"T1110\"]", null, "false", "2022-01-06T13:01:34Z" }, Assert.Single(Assert.Single(tables).Rows));
    }

    [Fact]
    public void A_partial_error_is_recognised_as_too_large_by_its_inner_code()
    {
        const string json = """
            {"tables":[],"error":{"code":"PartialError","message":"m","details":[{"code":"EngineError","message":"x","innererror":{"code":"-2133196797","message":"limit"}}]}}
            """;

        var (_, error) = LogsResponseParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.NotNull(error);
        Assert.Equal("PartialError", error.Code);
        Assert.Equal("-2133196797", error.InnerCode);
        Assert.True(error.IsResultTooLarge);
    }
}
