using System.Text.Json.Serialization;

namespace Ttpcov.Core.Samples;

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
