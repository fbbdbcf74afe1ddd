namespace Ttpcov.Fuzz.Tests;

/// <summary>The shape every user-facing read error must have: one line that starts with the input's name.</summary>
public static class ErrorShape
{
    public static void RequireOneLine(string message, string inputName)
    {
        if (message.IndexOfAny(['\r', '\n', '\u2028', '\u2029', '\u0085']) >= 0)
        {
            throw new InvalidOperationException($"the error message is not one line: {message}");
        }

        if (!message.StartsWith(inputName, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the error message does not start with the input's name '{inputName}': {message}");
        }
    }
}
