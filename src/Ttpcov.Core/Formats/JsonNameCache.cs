using System.Text.Json;
using Ttpcov.Core.Alerts;

namespace Ttpcov.Core.Formats;

/// <summary>
/// Maps the property names of row objects onto <see cref="AlertField"/> without making a string per name: rows of
/// one export repeat their names in the same order, so the name at each position is remembered as UTF-8 bytes and
/// only a name that differs is decoded and looked up.
/// </summary>
internal sealed class JsonNameCache
{
    private readonly List<(byte[] Name, AlertField Field)> _byPosition = [];

    public AlertField FieldOf(ref Utf8JsonReader reader, int position)
    {
        if (reader.ValueIsEscaped)
        {
            return AlertColumns.Lookup(reader.GetString()!);
        }

        var name = reader.ValueSpan;
        if (position < _byPosition.Count && name.SequenceEqual(_byPosition[position].Name))
        {
            return _byPosition[position].Field;
        }

        var field = AlertColumns.Lookup(reader.GetString()!);
        if (position < _byPosition.Count)
        {
            _byPosition[position] = (name.ToArray(), field);
        }
        else if (position == _byPosition.Count)
        {
            _byPosition.Add((name.ToArray(), field));
        }

        return field;
    }
}
