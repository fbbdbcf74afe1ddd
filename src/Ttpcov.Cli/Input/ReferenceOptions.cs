using System.CommandLine;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Cli.Input;

/// <summary>The options that choose the reference data: the KB and the target ATT&amp;CK version. Shared by commands.</summary>
internal sealed class ReferenceOptions
{
    private readonly Option<FileInfo?> _kb = new("--kb") { Description = "Another reference set instead of the embedded Insider Threat KB v2: a Navigator layer (.json) or a CSV with a technique ID column." };
    private readonly Option<FileInfo?> _attack = new("--attack") { Description = "An ATT&CK Enterprise STIX 2.x bundle (enterprise-attack.json of any release); the layers then target that version." };
    private readonly Option<string> _attackVersion = new("--attack-version") { Description = "ATT&CK version to target: the embedded 18.1 or 14.1; with --attack, the release of that bundle when it does not say.", DefaultValueFactory = _ => "18.1" };

    public void AddTo(Command command)
    {
        command.Options.Add(_kb);
        command.Options.Add(_attack);
        command.Options.Add(_attackVersion);
        
    }

    public ReferenceData Load(ParseResult parseResult, TextWriter stderr)
    {
        var version = parseResult.GetValue(_attackVersion)!;
        var catalog = parseResult.GetValue(_attack) is { } bundle
            ? ReadFile(bundle, (stream, name) => StixBundleReader.Read(stream, name, IsExplicit(parseResult, _attackVersion) ? version : null))
            : EmbeddedAttackData.Catalog(version) ?? throw new InputException($"no embedded ATT&CK {version}");
        var kb = parseResult.GetValue(_kb) is { } kbFile ? ReadKb(kbFile, stderr) : EmbeddedKnowledgeBase.InsiderThreatV2;
        return new ReferenceData(catalog, TechniqueResolver.ForEmbedded(catalog), kb);
    }

    private static KnowledgeBase ReadKb(FileInfo file, TextWriter stderr)
    {
        var result = ReadFile(file, (stream, name) => file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? KbCsvReader.Read(stream, name)
            : KbLayerReader.Read(stream, name));
        foreach (var problem in result.Problems)
        {
            stderr.WriteLine($"ttpcov: warning: {file.Name}: {problem}");
        }

        return result.KnowledgeBase;
    }

    private static bool IsExplicit(ParseResult parseResult, Option option) => parseResult.GetResult(option) is { Implicit: false };

    private static T ReadFile<T>(FileInfo file, Func<Stream, string, T> read)
    {
        if (!file.Exists)
        {
            throw new InputException($"{file.FullName}: no such file");
        }

        using var stream = file.OpenRead();
        return read(stream, file.Name);
    }
}
