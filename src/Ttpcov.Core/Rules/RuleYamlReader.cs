using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Reads one rule YAML file: the Azure-Sentinel template format (<c>id</c>, <c>name</c>, <c>relevantTechniques</c>,
/// <c>requiredDataConnectors</c>) and the PascalCase sentinel-as-code format (<c>Id</c>, <c>DisplayName</c>,
/// <c>Enabled</c>, <c>Kind</c>). Tolerates a BOM, CRLF, tabs inside text, scalars where lists are expected and null
/// or commented-out values. A "moved" stub (no query and no kind) is reported, not read.
/// </summary>
public static class RuleYamlReader
{
    public static RuleFileContent Read(Stream stream, string path)
    {
        JsonNode? root;
        try
        {
            // StreamReader looks for a UTF-16 BOM only in its first read: a stream that hands out one byte at a time
            // would be read as UTF-8. Rule files are small; read the whole file first.
            using var buffered = new MemoryStream();
            stream.CopyTo(buffered);
            buffered.Position = 0;
            using var reader = new StreamReader(buffered, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var yaml = new YamlStream();
            yaml.Load(new DepthLimitedYamlParser(new Parser(reader)));
            if (yaml.Documents.Count == 0)
            {
                return RuleFileContent.Problem(path, "empty YAML file");
            }

            root = YamlJsonConverter.Convert(yaml.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            return RuleFileContent.Problem(path, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some malformed input: its scanner on a broken plain
            // scalar, its node loader on a mapping entry without a key.
            return RuleFileContent.Problem(path, $"not valid YAML: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            return RuleFileContent.Problem(path, $"not read: {e.Message}");
        }
        catch (DecoderFallbackException e)
        {
            return RuleFileContent.Problem(path, $"not UTF-8 text: {e.Message}");
        }

        if (root is not JsonObject rule)
        {
            return RuleFileContent.Problem(path, "not a rule: the YAML document is not a mapping");
        }

        if (RuleObjectMapper.Text(rule["query"]) is null && RuleObjectMapper.Text(rule["kind"]) is null)
        {
            return RuleFileContent.Problem(path, "a stub without query or kind (the rule was moved or is incomplete); not read");
        }

        var mapped = RuleObjectMapper.Map(rule, path, isTemplate: true, ArmExpressionContext.None, path);
        return mapped.Rule is { } r ? new RuleFileContent([r], mapped.Problems) : new RuleFileContent([], mapped.Problems);
    }
}
