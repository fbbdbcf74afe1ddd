namespace Ttpcov.Core;

/// <summary>
/// An input (an ATT&amp;CK bundle, a KB layer or CSV, embedded data) that cannot be read at all: not JSON, truncated,
/// or missing what it must hold. The message names the input and, where known, the position.
/// </summary>
public sealed class InputFormatException : FormatException
{
    public InputFormatException(string inputName, string problem, string? position = null, Exception? inner = null)
        : base(OneLineText.From(position is null ? $"{inputName}: {OneLineText.From(problem)}" : $"{inputName} ({position}): {OneLineText.From(problem)}", int.MaxValue), inner)
    {
        InputName = inputName;
        Problem = OneLineText.From(problem);
        Position = position;
    }

    public InputFormatException()
        : this("input", "unreadable")
    {
    }

    public InputFormatException(string message)
        : this("input", message)
    {
    }

    public InputFormatException(string message, Exception innerException)
        : this("input", message, null, innerException)
    {
    }

    /// <summary>The file or resource name as the caller gave it.</summary>
    public string InputName { get; }

    public string Problem { get; }

    /// <summary>Where in the input, e.g. "line 12, byte 4" or "techniques[3]"; null when it concerns the whole input.</summary>
    public string? Position { get; }
}
