namespace Ttpcov.Core.Coverage;

/// <summary>Stores each distinct string once and hands out small integer handles; handle 0 is the empty value.</summary>
internal sealed class ValuePool
{
    private readonly Dictionary<string, int> _handles = new(StringComparer.Ordinal) { [string.Empty] = 0 };
    private readonly List<string> _values = [string.Empty];

    public int Count => _values.Count;

    public string this[int handle] => _values[handle];

    public int Intern(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        if (!_handles.TryGetValue(value, out var handle))
        {
            handle = _values.Count;
            _handles.Add(value, handle);
            _values.Add(value);
        }

        return handle;
    }
}
