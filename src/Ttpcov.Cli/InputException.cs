namespace Ttpcov.Cli;

/// <summary>A problem with what the user asked for or gave (a missing file, conflicting options), reported as one line.</summary>
public sealed class InputException(string message) : Exception(message);
