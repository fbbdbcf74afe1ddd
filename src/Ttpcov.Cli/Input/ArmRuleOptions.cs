using System.CommandLine;
using Ttpcov.Azure;
using Ttpcov.Azure.Auth;
using Ttpcov.Azure.Sentinel;
using Ttpcov.Core.Rules;

namespace Ttpcov.Cli.Input;

/// <summary>
/// The options that read analytic rules and templates live from a workspace's Sentinel ARM API: the workspace
/// (<c>--subscription</c>, <c>--resource-group</c>, <c>--workspace-name</c>; <c>--arm-endpoint</c> points at an
/// emulator). How to sign in comes from the command's <see cref="SignInOptions"/>. Shared by commands.
/// </summary>
internal sealed class ArmRuleOptions(SignInOptions signIn)
{
    private readonly Option<string?> _subscription = new("--subscription") { Description = "Live rules: the workspace's subscription id." };
    private readonly Option<string?> _resourceGroup = new("--resource-group") { Description = "Live rules: the workspace's resource group." };
    private readonly Option<string?> _workspaceName = new("--workspace-name") { Description = "Live rules: the workspace name (not its GUID). Needs Microsoft Sentinel Reader." };
    private readonly Option<string?> _armEndpoint = new("--arm-endpoint") { Description = "Another ARM endpoint (for the loopback emulator): https, or http to loopback only.", Hidden = true };
    private readonly Option<string> _apiVersion = new("--rules-api-version") { Description = "The Sentinel api-version for rules; a refused preview falls back to the latest stable.", DefaultValueFactory = _ => SentinelRulesClientOptions.PreviewApiVersion };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _subscription, _resourceGroup, _workspaceName, _armEndpoint, _apiVersion })
        {
            command.Options.Add(option);
        }
    }

    public bool Given(ParseResult parseResult) =>
        parseResult.GetValue(_subscription) is not null || parseResult.GetValue(_resourceGroup) is not null || parseResult.GetValue(_workspaceName) is not null;

    /// <summary>Lists the workspace's rules and templates into <paramref name="into"/> when the workspace options are given.</summary>
    public async Task ReadIntoAsync(ParseResult parseResult, RuleSetBuilder into, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!Given(parseResult))
        {
            return;
        }

        var workspace = Workspace(parseResult);
        var cloud = signIn.Cloud(parseResult);
        var credential = signIn.CreateCredential(parseResult);
        var options = new SentinelRulesClientOptions
        {
            Endpoint = Endpoint(parseResult.GetValue(_armEndpoint)) ?? cloud.ArmEndpoint,
            Scope = cloud.ArmScope,
            ApiVersion = parseResult.GetValue(_apiVersion)!,
            RetryObserver = n => stderr.WriteLine($"ttpcov: ARM answered {n.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? n.ErrorType}; retrying in {n.Delay.TotalSeconds:0.#} s"),
        };
        using var client = SentinelRulesClient.Create(credential, options);
        var listing = await client.ListAsync(workspace, cancellationToken);
        into.AddSource($"arm:{workspace}");
        foreach (var problem in listing.Problems)
        {
            into.AddProblem(problem);
        }

        foreach (var note in listing.Notes)
        {
            into.AddNote(note);
        }

        into.Add(new RuleFileContent([.. listing.Rules, .. listing.Templates], []));
    }

    private SentinelWorkspace Workspace(ParseResult parseResult)
    {
        var parts = new[] { (_subscription, parseResult.GetValue(_subscription)), (_resourceGroup, parseResult.GetValue(_resourceGroup)), (_workspaceName, parseResult.GetValue(_workspaceName)) };
        var missing = parts.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1.Name).ToList();
        return missing.Count > 0
            ? throw new InputException($"live rules need --subscription, --resource-group and --workspace-name; missing: {string.Join(", ", missing)}")
            : new SentinelWorkspace(parts[0].Item2!, parts[1].Item2!, parts[2].Item2!);
    }

    private static Uri? Endpoint(string? text) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri
        : throw new InputException($"--arm-endpoint '{text}' is not an absolute URL");
}
