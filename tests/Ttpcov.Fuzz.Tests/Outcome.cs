namespace Ttpcov.Fuzz.Tests;

/// <summary>What one read produced: a value, or the exception it threw.</summary>
public sealed record Outcome<T>(T? Value, Exception? Error)
{
    public bool Failed => Error is not null;

    /// <summary>The result or the error message, to compare two reads of the same data.</summary>
    public string Describe(Func<T, string> describe) => Error is { } error ? $"{error.GetType().Name}: {error.Message}" : describe(Value!);
}
