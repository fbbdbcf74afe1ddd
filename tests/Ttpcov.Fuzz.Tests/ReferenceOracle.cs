using System.Text;
using Ttpcov.Core;
using Ttpcov.Core.Attack;
using Ttpcov.Core.Kb;

namespace Ttpcov.Fuzz.Tests;

/// <summary>
/// Judges the readers of reference data (KB layers and CSVs, the embedded KB, STIX bundles, the embedded ATT&amp;CK
/// catalog and remap): a result, or an <see cref="InputFormatException"/> whose message is one line naming the input.
/// A KB never holds more techniques than its file lists, nor one twice.
/// </summary>
public static class ReferenceOracle
{
    public const string Name = "fuzzed-reference";

    public static void KbLayer(byte[] input) =>
        Check(input, s => KbLayerReader.Read(s, Name), r => Kb(r.KnowledgeBase, Occurrences(input, "techniqueID")));

    public static void KbCsv(byte[] input) =>
        Check(input, s => KbCsvReader.Read(s, Name), r => Kb(r.KnowledgeBase, 1 + input.Count(b => b is (byte)'\n' or (byte)'\r')));

    public static void KbEmbedded(byte[] input) =>
        Check(input, s => EmbeddedKnowledgeBase.Read(s, Name), kb => Kb(kb, Occurrences(input, "\"id\"")));

    public static void Stix(byte[] input) => Check(input, s => StixBundleReader.Read(s, Name, "15.1"), Catalog);

    public static void Catalog(byte[] input) => Check(input, s => AttackCatalogReader.Read(s, Name), Catalog);

    public static void Remap(byte[] input) => Check(input, s => AttackRemapReader.Read(s, Name), r => $"{r.From}→{r.To}");

    private static void Check<T>(byte[] input, Func<Stream, T> read, Func<T, string> describe)
    {
        var plain = BoundedRun.Execute(() => read(new MemoryStream(input, writable: false)), input.Length);
        var trickled = BoundedRun.Execute(() => read(new TrickleStream(new MemoryStream(input, writable: false))), input.Length);
        foreach (var outcome in new[] { plain, trickled })
        {
            if (outcome.Error is { } error)
            {
                if (error is not InputFormatException format || format.InputName != Name)
                {
                    throw new InvalidOperationException($"a {error.GetType().Name} escaped the reader (only InputFormatException may): {error}", error);
                }

                ErrorShape.RequireOneLine(format.Message, Name);
            }
        }

        if (plain.Describe(describe) != trickled.Describe(describe))
        {
            throw new InvalidOperationException($"the same data read a few bytes at a time reads differently: {plain.Describe(describe)} / {trickled.Describe(describe)}");
        }
    }

    private static string Kb(KnowledgeBase kb, int listed)
    {
        var ids = kb.Techniques.Select(t => t.Id).ToList();
        if (ids.Count > listed || ids.Distinct().Count() != ids.Count || ids.Count == 0)
        {
            throw new InvalidOperationException($"a KB of {ids.Count} techniques ({ids.Distinct().Count()} distinct) from a file that lists at most {listed}");
        }

        return string.Join(",", kb.Techniques.Select(t => $"{t.Id}:{t.Tier}:{string.Join("/", t.Tactics)}"));
    }

    private static string Catalog(AttackCatalog catalog) =>
        $"{catalog.Version}|{string.Join(",", catalog.Tactics.Select(t => t.ShortName))}|{string.Join(",", catalog.Techniques.Select(t => t.Id).Order())}";

    private static int Occurrences(byte[] input, string text)
    {
        var content = Encoding.UTF8.GetString(input);
        var count = 0;
        for (var i = content.IndexOf(text, StringComparison.OrdinalIgnoreCase); i >= 0; i = content.IndexOf(text, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
