using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Coverage;

/// <summary>
/// Stores each distinct <see cref="ExtractedTechniques"/> once (alerts of one rule share it), with the first record
/// that carried it so that reports can point at an example.
/// </summary>
internal sealed class TechniqueSetPool
{
    private readonly Dictionary<string, int> _handles = new(StringComparer.Ordinal);
    private readonly List<ExtractedTechniques> _sets = [];
    private readonly List<string> _firstSeenAt = [];

    public int Count => _sets.Count;

    public ExtractedTechniques this[int handle] => _sets[handle];

    public string FirstSeenAt(int handle) => _firstSeenAt[handle];

    public int Intern(ExtractedTechniques techniques, RecordLocation location)
    {
        var key = techniques.ContentKey;
        if (!_handles.TryGetValue(key, out var handle))
        {
            handle = _sets.Count;
            _handles.Add(key, handle);
            _sets.Add(techniques);
            _firstSeenAt.Add(location.ToString());
        }

        return handle;
    }
}
