namespace Ttpcov.Core.Rules;

/// <summary>
/// Something in one rule file (or API page) that could not be used; the rest of the file and of the run go on. The
/// message is one line: text quoted from the file (a JSON literal, a rule name) cannot spread it over many lines.
/// </summary>
public sealed record RuleReadProblem(string Path, string Message)
{
    public string Message { get; } = OneLineText.From(Message, 2 * OneLineText.MaxLength);

    public override string ToString() => $"{Path}: {Message}";
}
