using System.IO.Hashing;
using System.Runtime.InteropServices;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// Remembers which technique set a combination of technique fields gave (Techniques, SubTechniques, Tactics, the
/// technique values of ExtendedProperties and whether it was readable), so that the thousands of alerts of one rule
/// are extracted once. Keyed by a 128-bit hash, confirmed by comparing the fields; holds at most
/// <see cref="Capacity"/> combinations, after which new ones are simply extracted every time.
/// </summary>
internal sealed class TechniqueSetMemo(TechniqueSetPool pool)
{
    public const int Capacity = 1 << 16;

    private readonly Dictionary<UInt128, Entry> _entries = [];
    private readonly XxHash128 _hash = new();

    public int HandleFor(AlertRecord record, ExtendedPropertiesScan scan)
    {
        var unreadable = scan.MentionsTechniques && !scan.Readable;
        _hash.Reset();
        Append(record.Techniques);
        Append(record.SubTechniques);
        Append(record.Tactics);
        _hash.Append(scan.TechniqueValues);
        _hash.Append([unreadable ? (byte)1 : (byte)0]);
        var key = _hash.GetCurrentHashAsUInt128();
        if (_entries.TryGetValue(key, out var entry) && entry.Matches(record, scan.TechniqueValues, unreadable))
        {
            return entry.Handle;
        }

        var handle = pool.Intern(TechniqueExtractor.Extract(record, scan), record.Location);
        if (entry is null && _entries.Count < Capacity)
        {
            _entries.Add(key, new Entry(record.Techniques, record.SubTechniques, record.Tactics, scan.TechniqueValues.ToArray(), unreadable, handle));
        }

        return handle;
    }

    private void Append(string? text)
    {
        _hash.Append(BitConverter.GetBytes(text?.Length ?? -1));
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private sealed record Entry(string? Techniques, string? SubTechniques, string? Tactics, byte[] Values, bool Unreadable, int Handle)
    {
        public bool Matches(AlertRecord record, ReadOnlySpan<byte> values, bool unreadable) =>
            Techniques == record.Techniques && SubTechniques == record.SubTechniques && Tactics == record.Tactics
            && Unreadable == unreadable && values.SequenceEqual(Values);
    }
}
