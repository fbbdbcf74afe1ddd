using System.Buffers;

namespace Ttpcov.Core.Formats;

/// <summary>Tells a truncated JSON tail from a malformed one, so errors can say "truncated file?".</summary>
internal static class JsonTextScan
{
    private static readonly SearchValues<byte> ScalarBytes = SearchValues.Create("0123456789+-.eEtruefalsn"u8);

    /// <summary>True when <paramref name="tail"/> opens a string (<c>"</c>) that never closes.</summary>
    public static bool IsUnterminatedString(ReadOnlySpan<byte> tail)
    {
        for (var i = 1; i < tail.Length; i++)
        {
            if (tail[i] == (byte)'\\')
            {
                i++;
            }
            else if (tail[i] == (byte)'"')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="tail"/> is empty or only the start of a number or literal.</summary>
    public static bool IsPartialScalar(ReadOnlySpan<byte> tail) =>
        tail.IndexOfAnyExcept(ScalarBytes) < 0;
}
