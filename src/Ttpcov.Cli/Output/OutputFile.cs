namespace Ttpcov.Cli.Output;

/// <summary>One output file: its name in the output folder and how to write its content to a stream.</summary>
internal sealed record OutputFile(string Name, Func<Stream, CancellationToken, Task> Write);
