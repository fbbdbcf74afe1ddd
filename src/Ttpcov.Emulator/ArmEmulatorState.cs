using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Ttpcov.Emulator;

/// <summary>
/// The Sentinel ARM side of the emulator (sentinel-api.md §4.9): per workspace (subscription, resource group,
/// workspace name) the analytic rules and rule templates it lists, the page size, which api-versions it knows, its
/// own fault plan, and optionally another base address for <c>nextLink</c> (to test that a client refuses it).
/// </summary>
public sealed class ArmEmulatorState
{
    private readonly ConcurrentDictionary<string, (List<JsonObject> Rules, List<JsonObject> Templates)> _workspaces = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Items per page; more items are paged with an absolute <c>nextLink</c> carrying <c>$skipToken</c>.</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>Preview versions: every rule kind, with <c>subTechniques</c>.</summary>
    public ISet<string> PreviewVersions { get; } = new HashSet<string>(["2025-07-01-preview", "2025-04-01-preview", "2025-01-01-preview", "2024-01-01-preview"], StringComparer.Ordinal);

    /// <summary>Stable versions: only Scheduled, Fusion and MicrosoftSecurityIncidentCreation, without <c>subTechniques</c>.</summary>
    public ISet<string> StableVersions { get; } = new HashSet<string>(["2025-12-01", "2025-09-01", "2025-06-01", "2024-09-01", "2024-03-01"], StringComparer.Ordinal);

    /// <summary>Faults for ARM requests that passed authentication and api-version checks.</summary>
    public EmulatorFaultPlan Faults { get; } = new();

    /// <summary>When set, <c>nextLink</c> points at this base address instead of the emulator's own.</summary>
    public Uri? NextLinkBase { get; set; }

    /// <summary>Adds rules (ARM JSON items: <c>{id, name, type, kind, properties}</c>) to a workspace.</summary>
    public void AddRules(string subscription, string resourceGroup, string workspaceName, IEnumerable<string> json) =>
        Items(subscription, resourceGroup, workspaceName).Rules.AddRange(json.Select(Parse));

    /// <summary>Adds rule templates (ARM JSON items) to a workspace.</summary>
    public void AddTemplates(string subscription, string resourceGroup, string workspaceName, IEnumerable<string> json) =>
        Items(subscription, resourceGroup, workspaceName).Templates.AddRange(json.Select(Parse));

    internal IReadOnlyList<JsonObject>? Collection(string workspaceKey, bool templates) =>
        _workspaces.TryGetValue(workspaceKey, out var items) ? templates ? items.Templates : items.Rules : null;

    internal static string Key(string subscription, string resourceGroup, string workspaceName) => $"{subscription}/{resourceGroup}/{workspaceName}";

    private (List<JsonObject> Rules, List<JsonObject> Templates) Items(string subscription, string resourceGroup, string workspaceName) =>
        _workspaces.GetOrAdd(Key(subscription, resourceGroup, workspaceName), _ => ([], []));

    private static JsonObject Parse(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException("An ARM item must be a JSON object.", nameof(json));
}
