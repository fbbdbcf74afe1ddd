namespace Ttpcov.DataGen;

/// <summary>One file the generator wrote, with a one-line summary of what it holds.</summary>
public sealed record GeneratedFile(string Path, long Bytes, string Summary);
