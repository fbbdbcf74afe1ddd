using System.Text.Json.Serialization;

namespace Ttpcov.Azure.LogAnalytics;

[JsonSerializable(typeof(QueryBody))]
internal sealed partial class QueryBodyContext : JsonSerializerContext;
