namespace Ttpcov.Core.Layers;

/// <summary>The score gradient: at least two <c>#rrggbb</c> colours, low to high, and a range with <see cref="MaxValue"/> &gt; <see cref="MinValue"/>.</summary>
public sealed record LayerGradient(IReadOnlyList<string> Colors, long MinValue, long MaxValue);
