namespace Ttpcov.Core.Samples.Exports;

/// <summary>A product that raises alerts, with its share of the rows (weights from the SecRL sample, plus Sentinel rules).</summary>
internal sealed record SyntheticProduct(string ProductName, string ProviderName, string AlertType, string Component, int Weight)
{
    public const string SentinelName = "Azure Sentinel";

    public static IReadOnlyList<SyntheticProduct> All { get; } =
    [
        new("Microsoft Defender Advanced Threat Protection", "MDATP", "WindowsDefenderAtp", "", 60),
        new("Microsoft 365 Defender", "Microsoft 365 Defender", "M365D", "", 9),
        new("Azure Advanced Threat Protection", "Azure Advanced Threat Protection", "AATP", "", 6),
        new("Office 365 Advanced Threat Protection", "OATP", "OATP", "", 5),
        new("Azure Active Directory Identity Protection", "IPC", "IPC", "", 4),
        new("Microsoft Cloud App Security", "MCAS", "MCAS", "", 3),
        new("Microsoft 365 Insider Risk Management", "InsiderRiskManagement", "IRM", "", 2),
        new(SentinelName, "ASI Scheduled Alerts", "", "Scheduled Alerts", 11),
    ];

    public bool IsSentinel => ProductName == SentinelName;
}
