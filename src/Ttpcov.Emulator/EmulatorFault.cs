namespace Ttpcov.Emulator;

/// <summary>A fault to inject into a query request; see <see cref="EmulatorFaultPlan"/> for when.</summary>
public sealed record EmulatorFault(EmulatorFaultKind Kind, int Status = 0, string? RetryAfter = null, TimeSpan Delay = default, string? Text = null)
{
    public static EmulatorFault DropConnection { get; } = new(EmulatorFaultKind.DropConnection);

    public static EmulatorFault TruncateBody { get; } = new(EmulatorFaultKind.TruncateBody);

    /// <summary>429, with a <c>Retry-After</c> header when <paramref name="retryAfter"/> is given (seconds or an HTTP date).</summary>
    public static EmulatorFault Throttle(string? retryAfter = null) => new(EmulatorFaultKind.Status, 429, retryAfter);

    public static EmulatorFault WithStatus(int status) => new(EmulatorFaultKind.Status, status);

    public static EmulatorFault Slow(TimeSpan delay) => new(EmulatorFaultKind.Delay, Delay: delay);

    /// <summary>200 with <paramref name="body"/> as the answer, whatever it is.</summary>
    public static EmulatorFault Body(string body) => new(EmulatorFaultKind.Body, 200, Text: body);

    /// <summary><paramref name="status"/> (301, 302, 307, 308) with <c>Location: <paramref name="location"/></c>.</summary>
    public static EmulatorFault Redirect(int status, string location) => new(EmulatorFaultKind.Redirect, status, Text: location);
}
