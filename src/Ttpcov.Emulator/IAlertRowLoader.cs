namespace Ttpcov.Emulator;

/// <summary>Reads SecurityAlert rows (column name → cell text) from a stream. The one seam where Core's file readers can plug in.</summary>
public interface IAlertRowLoader
{
    IEnumerable<IReadOnlyDictionary<string, string?>> Load(Stream stream);
}
