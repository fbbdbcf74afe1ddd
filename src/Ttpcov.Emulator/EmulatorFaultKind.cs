namespace Ttpcov.Emulator;

/// <summary>What an injected fault does to a query request that passed authentication.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answer with an error status (429, 500, 502, 503, 504, 401, 403) and a OneAPI body.</summary>
    Status,

    /// <summary>Wait before answering; if the request's <c>Prefer: wait</c> is shorter, answer 504 after that wait.</summary>
    Delay,

    /// <summary>Send half of the answer without a length, then abort the connection.</summary>
    DropConnection,

    /// <summary>Declare the full Content-Length, send half of the body, then abort the connection.</summary>
    TruncateBody,

    /// <summary>Answer 200 with the fault's body instead of the result (invalid JSON, wrong types, a partial error).</summary>
    Body,

    /// <summary>Answer with a redirect status and a <c>Location</c> (e.g. another host).</summary>
    Redirect,
}
