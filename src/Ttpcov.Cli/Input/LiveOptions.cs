using System.CommandLine;
using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.LogAnalytics;

namespace Ttpcov.Cli.Input;

/// <summary>
/// The options of the live query, shared by <c>coverage</c> and <c>pull</c>: which workspaces, which endpoint, and
/// how to query. How to sign in comes from the command's <see cref="SignInOptions"/>.
/// </summary>
internal sealed class LiveOptions(SignInOptions signIn)
{
    public const int DefaultDays = 90;

    private readonly Option<string[]> _workspaces = new("--workspace", "-w") { Description = "Log Analytics workspace GUID (the workspace's customerId / \"Workspace ID\"). Repeatable or comma-separated." };
    private readonly Option<string?> _endpoint = new("--endpoint") { Description = "Query endpoint to use instead of the cloud's (a proxy, a private link, the emulator)." };
    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Print each HTTP request and answer of the live query (never a header, token or body) and each retry to stderr." };
    private readonly Option<AlertQueryMode> _mode = new("--query-mode") { Description = "groups: the service groups alerts and sends one row per group (default; bytes do not grow with alerts). rows: one row per alert.", DefaultValueFactory = _ => AlertQueryMode.Groups };

    public void AddTo(Command command, bool withQueryMode = true)
    {
        command.Options.Add(_workspaces);
        command.Options.Add(_endpoint);
        command.Options.Add(_verbose);

        if (withQueryMode)
        {
            command.Options.Add(_mode);
        }
    }

    public IReadOnlyList<string> Workspaces(ParseResult parseResult)
    {
        var workspaces = (parseResult.GetValue(_workspaces) ?? [])
            .SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var notGuid = workspaces.FirstOrDefault(w => !Guid.TryParse(w, out _));
        return notGuid is null
            ? workspaces
            : throw new InputException($"--workspace '{notGuid}' is not a workspace GUID: use the workspace's \"Workspace ID\" (customerId), not its name");
    }

    public AlertQueryMode Mode(ParseResult parseResult) => parseResult.GetValue(_mode);

    private Uri? Endpoint(ParseResult parseResult) => parseResult.GetValue(_endpoint) switch
    {
        null => null,
        var text when Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) => uri,
        var text => throw new InputException($"--endpoint '{text}' is not an http(s) URL"),
    };

    /// <summary>Builds the client the live path uses; the caller disposes it.</summary>
    public LogAnalyticsClient CreateClient(ParseResult parseResult, TextWriter stderr)
    {
        var verbose = parseResult.GetValue(_verbose);
        var cloud = signIn.Cloud(parseResult);
        return LogAnalyticsClient.Create(signIn.CreateCredential(parseResult), new LogAnalyticsClientOptions
        {
            Endpoint = Endpoint(parseResult) ?? cloud.QueryEndpoint,
            Scope = cloud.QueryScope,
            Trace = verbose ? line => stderr.WriteLine($"ttpcov: http: {line}") : null,
            RetryObserver = notice => stderr.WriteLine(FormattableString.Invariant(
                $"ttpcov: {(notice.Status is { } status ? $"the service answered {status}" : notice.ErrorType)}; retry {notice.Attempt} in {notice.Delay.TotalSeconds:0.#} s")),
        });
    }
}
