using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>How <see cref="AlertFileReader"/> reads an export. The defaults detect everything from the content.</summary>
public sealed record AlertReadOptions
{
    public static AlertReadOptions Default { get; } = new();

    /// <summary>
    /// Force a format instead of detecting it. <see cref="AlertFileFormat.Delimited"/> skips JSON detection;
    /// a JSON format makes a file of another JSON shape an error.
    /// </summary>
    public AlertFileFormat Format { get; init; } = AlertFileFormat.Auto;

    /// <summary>Force the delimiter of delimited text instead of detecting it from the header.</summary>
    public char? Delimiter { get; init; }

    /// <summary>How ambiguous portal dates are read later (<see cref="TimestampParser"/>); readers keep timestamps as text.</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.MonthFirst;

    /// <summary>Size of the read buffer in bytes (JSON) or chars (text); small values in tests force many refills.</summary>
    internal int BufferSize { get; init; } = 64 * 1024;
}
