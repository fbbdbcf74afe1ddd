using System.Net;
using System.Runtime.CompilerServices;
using Azure.Core;
using Polly;
using Ttpcov.Azure.Auth;
using Ttpcov.Azure.LogAnalytics;
using Ttpcov.Core.Rules;

namespace Ttpcov.Azure.Sentinel;

/// <summary>
/// Lists a workspace's analytic rules (<c>alertRules</c>) and rule templates (<c>alertRuleTemplates</c>) from the
/// Sentinel ARM API (sentinel-api.md §4). Uses the preview api-version and falls back once to the stable one when it
/// is refused (400 <c>InvalidApiVersionParameter</c>); follows <c>nextLink</c> exactly as given, but only on the
/// endpoint's own host (a link elsewhere fails before anything is sent); retries like <see cref="LogAnalyticsClient"/>.
/// </summary>
public sealed class SentinelRulesClient : IDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsHttpClient;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    /// <summary>Uses <paramref name="httpClient"/> as given: it must attach the ARM token (see <see cref="BearerTokenHandler"/>).</summary>
    public SentinelRulesClient(HttpClient httpClient, SentinelRulesClientOptions options)
        : this(httpClient, options, ownsHttpClient: false, TimeProvider.System)
    {
    }

    private SentinelRulesClient(HttpClient httpClient, SentinelRulesClientOptions options, bool ownsHttpClient, TimeProvider timeProvider)
    {
        http = httpClient;
        Options = options;
        this.ownsHttpClient = ownsHttpClient;
        pipeline = LogAnalyticsRetryPipeline.Build(options.RetryOptions(), timeProvider);
    }

    public SentinelRulesClientOptions Options { get; }

    /// <summary>A client with its own <see cref="HttpClient"/>: redirects off and a <see cref="BearerTokenHandler"/> bound to the ARM endpoint.</summary>
    public static SentinelRulesClient Create(TokenCredential credential, SentinelRulesClientOptions options) =>
        new(TokenHttpClient.Create(credential, options.Scope, options.Endpoint, options.HttpTimeout), options, ownsHttpClient: true, TimeProvider.System);

    /// <summary>Lists rules, then templates, with the api-version the service accepts.</summary>
    /// <exception cref="SentinelRequestException">A page could not be read (after retries), or a nextLink pointed elsewhere.</exception>
    public async Task<SentinelRuleListing> ListAsync(SentinelWorkspace workspace, CancellationToken cancellationToken = default)
    {
        var problems = new List<RuleReadProblem>();
        var notes = new List<string>();
        var version = Options.ApiVersion;
        var pages = 0;
        List<AnalyticRule> rules;
        try
        {
            rules = await CollectAsync(workspace, "alertRules", version, problems, () => pages++, cancellationToken);
        }
        catch (SentinelRequestException e) when (e.Status == 400 && e.ErrorCode is "InvalidApiVersionParameter" or "NoRegisteredProviderFound"
            && Options.FallbackApiVersion is { } fallback && fallback != version)
        {
            notes.Add($"api-version {version} was refused ({e.ErrorCode}); used {fallback}: NRT and other preview-only rule kinds are not listed and rules carry no subTechniques");
            version = fallback;
            rules = await CollectAsync(workspace, "alertRules", version, problems, () => pages++, cancellationToken);
        }

        var templates = await CollectAsync(workspace, "alertRuleTemplates", version, problems, () => pages++, cancellationToken);
        return new SentinelRuleListing(rules, templates, problems, version, notes, pages);
    }

    public void Dispose()
    {
        if (ownsHttpClient)
        {
            http.Dispose();
        }
    }

    private async Task<List<AnalyticRule>> CollectAsync(
        SentinelWorkspace workspace, string collection, string version, List<RuleReadProblem> problems, Action countPage, CancellationToken cancellationToken)
    {
        var result = new List<AnalyticRule>();
        var template = collection == "alertRuleTemplates";
        await foreach (var page in PagesAsync(workspace, collection, version, cancellationToken))
        {
            countPage();
            problems.AddRange(page.Problems);
            result.AddRange(page.Rules.Select(r => r with { IsTemplate = template, TemplateId = template ? r.Id : r.TemplateId }));
        }

        return result;
    }

    /// <summary>The pages of one collection, following <c>nextLink</c> on the same host until there is none.</summary>
    private async IAsyncEnumerable<RuleFileContent> PagesAsync(
        SentinelWorkspace workspace, string collection, string version, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? next = new(Options.Endpoint, $"{workspace.CollectionPath(collection)}?api-version={Uri.EscapeDataString(version)}");
        for (var page = 1; next is not null; page++)
        {
            if (page > Options.MaxPages)
            {
                throw new SentinelRequestException($"{collection} of {workspace}: more than {Options.MaxPages} pages; stopped", 0, "TooManyPages", null);
            }

            var body = await GetAsync(next, workspace, collection, cancellationToken);
            yield return RuleJsonReader.Read(new MemoryStream(body), $"{collection} page {page}");
            next = RuleJsonReader.NextLink(body) is { Length: > 0 } link ? SameHost(link, workspace, collection) : null;
        }
    }

    private Uri SameHost(string link, SentinelWorkspace workspace, string collection)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || !BearerTokenHandler.IsSafeDestination(uri, Options.Endpoint))
        {
            var where = Uri.TryCreate(link, UriKind.Absolute, out var other) ? $"{other.Scheme}://{other.Authority}" : "a relative or malformed address";
            throw new SentinelRequestException(
                $"{collection} of {workspace}: the service's nextLink points to {where}, not to {Options.Endpoint.Scheme}://{Options.Endpoint.Authority}; refusing to follow it (the token is never sent elsewhere)",
                0, "ForeignNextLink", null);
        }

        return uri;
    }

    private async Task<byte[]> GetAsync(Uri uri, SentinelWorkspace workspace, string collection, CancellationToken cancellationToken)
    {
        var attempt = new ArmAttempt(http, uri);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(static (ctx, a) => a.SendAsync(ctx.CancellationToken), context, attempt);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new SentinelRequestException($"{collection} of {workspace} failed after {attempt.Count} attempt(s): {ex.GetType().Name}: {ex.Message}", 0, "NetworkError", null, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SentinelRequestException($"{collection} of {workspace}: no answer within {http.Timeout.TotalSeconds:0} s", 0, "Timeout", null, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            return status == 200 ? attempt.Body : throw SentinelErrors.FromStatus(status, attempt.Body, LogAnalyticsExceptionFactory.RequestId(response.Headers), workspace, collection);
        }
    }

    /// <summary>One GET; each call of <see cref="SendAsync"/> is an attempt that reads the whole body.</summary>
    private sealed class ArmAttempt(HttpClient http, Uri uri)
    {
        public int Count { get; private set; }

        public byte[] Body { get; private set; } = [];

        public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            Count++;
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Add("x-ms-client-request-id", Guid.NewGuid().ToString("D"));
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            Body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return response;
        }
    }
}
