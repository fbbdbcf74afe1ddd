using System.Text.Json.Serialization;

namespace Ttpcov.Azure.LogAnalytics;

/// <summary>The JSON body of a query request.</summary>
internal sealed record QueryBody(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("timespan"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Timespan);
