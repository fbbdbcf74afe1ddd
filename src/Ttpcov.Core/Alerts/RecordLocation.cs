namespace Ttpcov.Core.Alerts;

/// <summary>Where a record came from: a file (or workspace) and a 1-based line, or a byte offset where lines do not apply.</summary>
public readonly record struct RecordLocation(string Source, long Line, long ByteOffset = -1)
{
    public override string ToString() => Line > 0 ? $"{Source}:{Line}" : ByteOffset >= 0 ? $"{Source}@{ByteOffset}" : Source;
}
