namespace Ttpcov.Core.Formats;

/// <summary>What a <see cref="JsonRowParser"/> made of a value.</summary>
internal enum JsonRowOutcome
{
    /// <summary>The whole value was read into a record.</summary>
    Parsed,

    /// <summary>The buffer ended inside the value: refill and parse it again from its start.</summary>
    NeedMore,

    /// <summary>The value is not a row (a container, a REST entity): read it another way.</summary>
    Declined,
}
