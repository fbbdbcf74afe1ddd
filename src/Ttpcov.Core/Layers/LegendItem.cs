namespace Ttpcov.Core.Layers;

/// <summary>A legend entry: a label and its <c>#rrggbb</c> colour.</summary>
public sealed record LegendItem(string Label, string Color);
