namespace Ttpcov.Core;

/// <summary>
/// How far a long read has got, for <see cref="IProgress{T}"/>: the source being read, bytes consumed (of
/// <see cref="TotalBytes"/> when known), rows so far, and <see cref="Done"/> on the last report of a source. Carries no
/// time: whoever shows it decides how often (the core has no clock). The live path reports pages the same way.
/// </summary>
public readonly record struct ReadProgress(string Source, long Bytes, long? TotalBytes, long Rows, bool Done = false);
