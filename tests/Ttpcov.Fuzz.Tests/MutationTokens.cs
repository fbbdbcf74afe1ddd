using System.Text;

namespace Ttpcov.Fuzz.Tests;

/// <summary>Byte sequences that break readers: control bytes, BOMs, invalid UTF-8, JSON and CSV syntax, odd numbers, hostile text.</summary>
internal static class MutationTokens
{
    public static IReadOnlyList<byte[]> All { get; } =
    [
        [0x00], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x1F, 0x8B],
        [0xFF], [0xC3, 0x28], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x9D],
        .. new[]
        {
            "\"", "\\", "\\u", "\\ud800", "\\uDFFF\\uD800", ",", ";", "\t", "|", "\u2756", "\r", "\n", "\r\r\n", "\"\"", "{", "}", "[", "]", ":",
            "1e999999", "-0", new string('9', 400), "NaN", "null", "true", "[]", "{}", "\"Techniques\":\"T1078\",", "\u2028", "\u200B",
            "=cmd|' /C calc'!A0", "T1078.001", "T99999", "\"None\"", "\"tables\":[", "\"value\":[", "\"properties\":{", "\"columns\":[]",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>Values that replace a JSON string to give a field the wrong type.</summary>
    public static IReadOnlyList<byte[]> WrongTypes { get; } =
        new[] { "123", "-1.5e308", "1e400", "[]", "{}", "null", "true", "[\"T1078\",[\"T1110\"]]", "{\"a\":{\"b\":1}}", "\"\"", "18446744073709551616" }
            .Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>YAML anchors and aliases inserted at the start of a line: a "billion laughs" bomb, an anchor that contains itself, an alias to nothing.</summary>
    public static IReadOnlyList<byte[]> YamlAliases { get; } =
        new[]
        {
            "b0: &b0 [T1078, T1078, T1078, T1078, T1078, T1078, T1078, T1078, T1078]\n"
                + string.Concat(Enumerable.Range(1, 8).Select(i => $"b{i}: &b{i} [{string.Join(", ", Enumerable.Repeat($"*b{i - 1}", 9))}]\n"))
                + "relevantTechniques: *b8\n",
            "loop: &loop [T1078, *loop]\nrelevantTechniques: *loop\n",
            "tactics: &m { self: *m }\n",
            "relevantTechniques: *nowhere\n",
        }.Select(Encoding.UTF8.GetBytes).ToArray();
}
