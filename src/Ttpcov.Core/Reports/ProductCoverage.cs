namespace Ttpcov.Core.Reports;

/// <summary>A product that raised alerts and how many KB techniques its alerts cover (a technique counts for every product that covers it).</summary>
public sealed record ProductCoverage(string Product, int Techniques, double Percent);
