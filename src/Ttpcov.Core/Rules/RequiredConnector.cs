namespace Ttpcov.Core.Rules;

/// <summary>A data connector a rule template needs (<c>requiredDataConnectors[]</c>), with the tables it feeds.</summary>
public sealed record RequiredConnector(string ConnectorId, IReadOnlyList<string> DataTypes)
{
    /// <summary>"AzureActiveDirectory (AuditLogs, SigninLogs)".</summary>
    public override string ToString() => DataTypes.Count == 0 ? ConnectorId : $"{ConnectorId} ({string.Join(", ", DataTypes)})";
}
