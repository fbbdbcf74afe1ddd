using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Ttpcov.Core.Rules;

/// <summary>
/// Passes YAML parsing events through and stops with a <see cref="YamlException"/> at the position where mappings and
/// sequences nest deeper than <see cref="MaxDepth"/>. YamlDotNet builds its node tree recursively, so a 20 KB file of <c>[[[[…</c>
/// would otherwise overflow the stack and end the process.
/// </summary>
internal sealed class DepthLimitedYamlParser(IParser inner) : IParser
{
    /// <summary>As deep as System.Text.Json reads by default.</summary>
    public const int MaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End, $"mappings and sequences nest deeper than {MaxDepth} levels");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
