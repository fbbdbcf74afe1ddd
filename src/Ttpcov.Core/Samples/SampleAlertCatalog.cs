namespace Ttpcov.Core.Samples;

/// <summary>
/// The alert kinds of the synthetic sample. Deliberately ugly in the ways real data is: parents without
/// sub-techniques, sub-techniques only in ExtendedProperties, a v19 ID, revoked IDs, ICS and malformed values,
/// alerts without techniques, and products that tag nothing.
/// </summary>
internal static class SampleAlertCatalog
{
    public const string Sentinel = "Azure Sentinel";
    private const string Mde = "Microsoft Defender Advanced Threat Protection";
    private const string Mdca = "Microsoft Cloud App Security";
    private const string Ipc = "Azure Active Directory Identity Protection";
    private const string Mdo = "Office 365 Advanced Threat Protection";
    private const string Irm = "Microsoft 365 Insider Risk Management";

    public static List<SampleAlertTemplate> Templates { get; } =
    [
        new("Mass download by a single user", Mdca, "MCAS", "[\"T1530\"]", "", null, "Collection", "Medium", 12),
        new("Possible data exfiltration to a USB drive", Mde, "MDATP", "[\"T1052\"]", "[\"T1052.001\"]", null, "Exfiltration", "High", 9),
        new("Sensitive files uploaded to personal cloud storage", Irm, "InsiderRiskManagement", "[\"T1567\"]", "[\"T1567.002\"]", null, "Exfiltration", "High", 8),
        new("Suspicious archive created before copy", Mde, "MDATP", "[\"T1560\"]", "", "T1560.001", "Collection", "Medium", 6),
        new("Mass access to SharePoint sites by departing user", Sentinel, "ASI Scheduled Alerts", "[\"T1213\"]", "[\"T1213.002\"]", null, "Collection", "Medium", 7),
        new("Sign-in from an unfamiliar location", Ipc, "IPC", "[\"T1078\"]", "", null, "InitialAccess", "Medium", 15),
        new("Mailbox export request by an administrator", Mdo, "OATP", "[\"T1114\"]", "[\"T1114.002\"]", null, "Collection", "Medium", 4),
        new("Security tool tampering", Mde, "MDATP", "[\"T1562\"]", "", "T1685", "DefenseEvasion", "High", 3),
        new("Windows event log cleared", Mde, "MDATP", "[\"T1070\"]", "[\"T1070.001\"]", null, "DefenseEvasion", "Medium", 3),
        new("Suspicious DLL side-loading", Mde, "MDATP", "[\"T1574\"]", "[\"T1574.002\"]", null, "Persistence, PrivilegeEscalation, DefenseEvasion", "Medium", 2),
        new("Remote access tool installed", Mde, "MDATP", "[\"T1219\"]", "", null, "CommandAndControl", "Low", 5),
        new("Network share enumeration", Mde, "MDATP", "[\"T1135\"]", "", "T1135;T1046", "Discovery", "Low", 6),
        new("Legacy rule with malformed mapping", Sentinel, "ASI Scheduled Alerts", "[\"T114\",\"N.A.\"]", "", null, "Unknown", "Low", 2),
        new("Security software disabled (legacy rule)", Sentinel, "ASI Scheduled Alerts", "[\"T1089\"]", "", null, "DefenseEvasion", "Medium", 2),
        new("Disk wipe utility executed", Mde, "MDATP", "[\"T1561\"]", "[\"T1561.001\"]", null, "Impact", "High", 1),
        new("Unusual file deletion activity", Mdca, "MCAS", "[\"T1485\"]", "", null, "Impact", "Medium", 3),
        new("Suspicious inbox forwarding rule", Mdo, "OATP", "[\"T1114\"]", "[\"T1114.003\"]", null, "Collection, Exfiltration", "Medium", 4),
        new("Account created and deleted in a short time", Sentinel, "ASI Scheduled Alerts", "[\"T1136\"]", "[\"T1136.003\"]", null, "Persistence", "Medium", 3),
        new("Password spray against cloud accounts", Ipc, "IPC", "[\"T1110\"]", "[\"T1110.003\"]", null, "CredentialAccess", "High", 5),
        new("Controller program download", Sentinel, "ASI Scheduled Alerts", "[\"T0843\"]", "", null, "ImpairProcessControl", "Low", 1),
        new("Unfamiliar sign-in properties", Ipc, "IPC", "", "", null, "Unknown", "Low", 10),
        new("Large transfer over an alternative protocol", Mde, "MDATP", "[\"T1048\"]", "[\"T1048.002\"]", null, "Exfiltration", "High", 3),
        new("Password manager database accessed", Sentinel, "ASI Scheduled Alerts", "[\"T1555\"]", "[\"T1555.005\"]", null, "CredentialAccess", "Medium", 2),
        new("Payroll records modified outside business hours", Sentinel, "ASI Scheduled Alerts", "T1565, T1565.001", "", null, "Impact", "High", 2),
    ];
}
