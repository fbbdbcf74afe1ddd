namespace Ttpcov.Core.Layers;

/// <summary>One way a layer document breaks the layer 4.5 rules; <see cref="Path"/> is a JSON path such as <c>$.techniques[3].score</c>.</summary>
public sealed record LayerProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
