using System.Globalization;
using System.Text;

namespace Ttpcov.Core.Samples.Exports;

/// <summary>
/// Builds the cells of one SecurityAlert row, in <see cref="ExportColumns"/> order. ExtendedProperties and Entities
/// are JSON text of 1–4 KB shaped like the products' real ones (SecRL sample); one row in 500 has a truncated,
/// unreadable ExtendedProperties. Timestamps are left to the writer (ISO 8601 or the portal's locale form).
/// </summary>
internal sealed class SyntheticRowFactory(Random random)
{
    public const string Workspace = "e34d562e-ef12-4c4e-9bc0-7c6ae357c015";

    private readonly StringBuilder _text = new(8192);

    public string?[] Build(SyntheticAlertKind kind, SyntheticAlert alert, string status)
    {
        var cells = new string?[ExportColumns.Names.Count];
        var product = kind.Product;
        var c = 0;
        cells[c++] = Workspace;
        cells[c++] = null; // TimeGenerated: written by the writer
        cells[c++] = kind.Name;
        cells[c++] = kind.Name;
        cells[c++] = kind.Severity;
        cells[c++] = kind.Description;
        cells[c++] = product.ProviderName;
        cells[c++] = "Microsoft";
        cells[c++] = alert.VendorId;
        cells[c++] = alert.Id;
        cells[c++] = "";
        cells[c++] = "";
        cells[c++] = kind.RuleId is { } rule ? $"{Workspace}_{rule}" : product.AlertType;
        cells[c++] = "";
        cells[c++] = null;
        cells[c++] = "false";
        cells[c++] = null; // StartTime
        cells[c++] = null; // EndTime
        cells[c++] = null; // ProcessingEndTime
        cells[c++] = kind.RemediationSteps;
        cells[c++] = ExtendedProperties(kind, alert);
        cells[c++] = Entities(kind, alert);
        cells[c++] = "Detection";
        cells[c++] = "0d4b3c2a-1111-4e5f-8a9b-abcdef012345";
        cells[c++] = "soc-rg";
        cells[c++] = "";
        cells[c++] = product.ProductName;
        cells[c++] = product.Component;
        cells[c++] = $"https://security.microsoft.com/alerts/{alert.VendorId}?tid=contoso";
        cells[c++] = status;
        cells[c++] = alert.User;
        cells[c++] = kind.Tactics;
        cells[c++] = kind.Techniques;
        cells[c++] = kind.SubTechniques;
        cells[c] = "SecurityAlert";
        return cells;
    }

    private string ExtendedProperties(SyntheticAlertKind kind, SyntheticAlert alert)
    {
        var t = _text.Clear().Append('{');
        if (kind.RuleId is { } rule)
        {
            Pair("Analytic Rule Ids", $"[\\\"{rule}\\\"]").Pair("Analytic Rule Name", kind.Name).Pair("Event Grouping", "SingleAlert");
            Pair("Alert generation status", "Full alert created").Pair("Query Period", "1.00:00:00").Pair("Trigger Operator", "GreaterThan");
            Pair("Trigger Threshold", "0").Pair("Correlation Id", alert.VendorId).Pair("Data Sources", "[\\\"OfficeActivity\\\"]");
            Pair("Query", "// T9999 in a comment is not a mapping\\nOfficeActivity | where Operation == \\\"FileDownloaded\\\" | summarize count() by UserId | where count_ > 100");
        }
        else
        {
            Pair($"{kind.Product.AlertType}.Category", kind.Tactics.Split(',')[0]).Raw("MicrosoftDefenderAtp.InvestigationId", "null");
            Pair("MicrosoftDefenderAtp.InvestigationState", "UnsupportedAlertType").Pair("LastUpdated", "07/04/2024 22:33:57");
            Pair("IncidentId", (alert.Index % 9000).ToString(CultureInfo.InvariantCulture)).Pair("DetectionSource", kind.Product.AlertType);
            Raw("AssignedTo", "null").Raw("Determination", "null").Raw("Classification", "null");
        }

        if (kind.ExtendedTechniques is { } techniques)
        {
            Pair("MitreTechniques", techniques);
        }

        Pair("Action", SyntheticKindCatalog.Text(random, kind.ActionLength / 4) + new string('.', kind.ActionLength * 3 / 4));
        t.Length--;
        t.Append('}');
        return alert.Index % 500 == 499 ? t.ToString(0, t.Length / 2) : t.ToString();
    }

    private string Entities(SyntheticAlertKind kind, SyntheticAlert alert)
    {
        var t = _text.Clear().Append('[');
        for (var e = 0; e < kind.EntityCount || t.Length < 1000; e++)
        {
            var id = (e + 2).ToString(CultureInfo.InvariantCulture);
            t.Append((e % 4) switch
            {
                0 => $"{{\"$id\":\"{id}\",\"Name\":\"{alert.User.Split('@')[0]}\",\"UPNSuffix\":\"contoso.example\",\"AadUserId\":\"{alert.VendorId}\",\"Sid\":\"S-1-5-21-1409082233-3937612317-{alert.Index % 100000}\",\"IsDomainJoined\":true,\"Type\":\"account\",\"UserPrincipalName\":\"{alert.User}\"}},",
                1 => $"{{\"$id\":\"{id}\",\"HostName\":\"ws-{alert.Index % 5000}\",\"DnsDomain\":\"contoso.example\",\"OSFamily\":\"Windows\",\"OSVersion\":\"10.0\",\"MdatpDeviceId\":\"{alert.VendorId.Replace("-", "", StringComparison.Ordinal)}aa01\",\"FQDN\":\"ws-{alert.Index % 5000}.contoso.example\",\"Type\":\"host\"}},",
                2 => $"{{\"$id\":\"{id}\",\"ProcessId\":\"{alert.Index % 65536}\",\"CommandLine\":\"powershell.exe -NoProfile -Command \\\"Get-ChildItem C:\\\\Users -Recurse\\\"\",\"CreationTimeUtc\":\"2024-07-02T09:47:31.7846541Z\",\"ImageFile\":{{\"$ref\":\"{id}\"}},\"Type\":\"process\"}},",
                _ => $"{{\"$id\":\"{id}\",\"Name\":\"report-{alert.Index % 977}.xlsx\",\"Directory\":\"C:\\\\Users\\\\Public\\\\Documents\",\"FileHashes\":[{{\"Algorithm\":\"SHA256\",\"Value\":\"{alert.VendorId.Replace("-", "", StringComparison.Ordinal)}{alert.VendorId.Replace("-", "", StringComparison.Ordinal)}\"}}],\"Type\":\"file\"}},",
            });
        }

        t.Length--;
        return t.Append(']').ToString();
    }

    private SyntheticRowFactory Pair(string key, string value)
    {
        _text.Append('"').Append(key).Append("\":\"").Append(value).Append("\",");
        return this;
    }

    private SyntheticRowFactory Raw(string key, string json)
    {
        _text.Append('"').Append(key).Append("\":").Append(json).Append(',');
        return this;
    }
}
