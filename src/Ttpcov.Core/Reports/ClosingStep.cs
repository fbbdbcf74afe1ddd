namespace Ttpcov.Core.Reports;

/// <summary>
/// One step towards closing a gap, as the reports list it: <see cref="Kind"/> is <c>parent-only</c>, <c>silent</c>,
/// <c>template</c>, <c>switch-on</c>, <c>data</c> or <c>more</c> (a class name in HTML); <see cref="Text"/> is unescaped.
/// </summary>
internal sealed record ClosingStep(string Kind, string Text);
