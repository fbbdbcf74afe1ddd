using System.CommandLine;
using Ttpcov.Core.Rules;

namespace Ttpcov.Cli.Input;

/// <summary>The options that bring analytic rules from files: <c>--rules PATH</c> (repeatable) and <c>--rules-as</c>. Shared by commands.</summary>
internal sealed class RuleOptions
{
    private readonly Option<string[]> _rules = new("--rules")
    {
        Description = "Analytic rules or templates to read: a file or a folder (recursive; .yaml, .yml, .json: Azure-Sentinel YAML, sentinel-as-code, ARM/Bicep exports, Az PowerShell exports, content-hub packages). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<RuleRole> _rulesAs = new("--rules-as")
    {
        Description = "How rule files count: Auto (YAML and alertRuleTemplates are templates; ARM alertRules exports are deployed rules with their enabled flag), Templates, or Enabled (every file is a deployed, enabled rule).",
        DefaultValueFactory = _ => RuleRole.Auto,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_rules);
        command.Options.Add(_rulesAs);
    }

    public bool Given(ParseResult parseResult) => (parseResult.GetValue(_rules) ?? []).Length > 0;

    /// <summary>Reads every file named by <c>--rules</c> into <paramref name="into"/>; unreadable files become problems.</summary>
    public void ReadInto(ParseResult parseResult, RuleSetBuilder into)
    {
        var paths = parseResult.GetValue(_rules) ?? [];
        foreach (var path in paths)
        {
            into.AddSource(path);
        }

        RuleSetReader.Read(RuleFileInput.Files(paths), parseResult.GetValue(_rulesAs), into);
    }
}
