using System.CommandLine;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Cli.Input;

/// <summary>The options that choose the reference data: the KB and the target ATT&amp;CK version. Shared by commands.</summary>
internal sealed class ReferenceOptions
{
    private readonly Option<FileInfo?> _kb = new("--kb") { Description = "Another reference set instead of the embedded Insider Threat KB v2: a Navigator layer (.json) or a CSV with a technique ID column." };
    private readonly Option<FileInfo?> _attack = new("--attack") { Description = "An ATT&CK Enterprise STIX 2.x bundle (enterprise-attack.json of any release); the layers then target that version." };
    private readonly Option<string> _attackVersion = new("--attack-version") { Description = "Embedded ATT&CK version to target: 18.1 or 14.1.", DefaultValueFactory = _ => "18.1" };

    public void AddTo(Command command)
    {
        command.Options.Add(_kb);
        command.Options.Add(_attack);
        command.Options.Add(_attackVersion);
        _attackVersion.AcceptOnlyFromAmong("18.1", "14.1", "18", "14");
    }

    public ReferenceData Load(ParseResult parseResult, TextWriter stderr)
    {
        var catalog = parseResult.GetValue(_attack) is { } bundle
            ? ReadFile(bundle, (stream, name) => StixBundleReader.Read(stream, name))
            : EmbeddedAttackData.Catalog(parseResult.GetValue(_attackVersion)!);
        var kb = parseResult.GetValue(_kb) is { } kbFile ? ReadKb(kbFile, stderr) : EmbeddedKnowledgeBase.Load();
        return new ReferenceData(catalog, TechniqueResolver.ForEmbedded(catalog), kb);
    }

    private static KnowledgeBase ReadKb(FileInfo file, TextWriter stderr)
    {
        var result = ReadFile(file, (stream, name) => file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? KbCsvReader.Read(stream, name)
            : KbLayerReader.Read(stream, name));
        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine($"ttpcov: warning: {warning}");
        }

        return result.KnowledgeBase;
    }

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
