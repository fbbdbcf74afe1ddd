using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// The columns of a header (CSV) or of a query-API table, mapped onto <see cref="AlertField"/> by position.
/// </summary>
/// <remarks>
/// A file is accepted as SecurityAlert data only if one column identifies alerts: <c>SystemAlertId</c>,
/// an alert name (<c>AlertName</c>, <c>DisplayName</c>, <c>AlertDisplayName</c>, <c>Alert</c>), <c>AlertType</c>,
/// <c>Tactics</c>, <c>Techniques</c> or <c>SubTechniques</c>. Columns every table has (<c>TenantId</c>,
/// <c>TimeGenerated</c>, <c>Severity</c>, <c>ProviderName</c>) are not enough: a SecurityIncident export
/// shares them and would otherwise be read as rows of nameless, technique-less alerts.
/// </remarks>
internal sealed class AlertColumnMap
{
    private static readonly AlertField[] Identifying =
    [
        AlertField.SystemAlertId, AlertField.AlertName, AlertField.AlertType,
        AlertField.Tactics, AlertField.Techniques, AlertField.SubTechniques,
    ];

    private readonly AlertField[] fields;

    public AlertColumnMap(IReadOnlyList<string> names)
    {
        Names = names;
        fields = names.Select(AlertColumns.Lookup).ToArray();
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => fields.Length;

    /// <summary>How many columns map onto an <see cref="AlertField"/>.</summary>
    public int RecognisedCount => fields.Count(f => f != AlertField.None);

    public bool IdentifiesAlerts => fields.Any(Identifying.Contains);

    public AlertField this[int index] => index < fields.Length ? fields[index] : AlertField.None;

    /// <summary>Throws the "no SecurityAlert columns" error unless <see cref="IdentifiesAlerts"/>.</summary>
    public void Require(string sourceName, long line, long byteOffset = -1)
    {
        if (IdentifiesAlerts)
        {
            return;
        }

        var found = Names.Count == 0 ? "nothing" : string.Join(", ", Names.Take(40)) + (Names.Count > 40 ? ", …" : "");
        var need = RecognisedCount == 0
            ? ""
            : "need one of SystemAlertId, AlertName/DisplayName, AlertType, Tactics, Techniques, SubTechniques; ";
        throw new AlertFormatException(
            sourceName, line, byteOffset, null, $"no SecurityAlert columns found in the header ({need}found: {found})");
    }
}
