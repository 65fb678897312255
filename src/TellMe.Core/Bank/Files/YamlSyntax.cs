using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TellMe.Bank.Files;

/// <summary>
/// A YAML node with the exact source span it is written in, for editing a file in place. Built from
/// YamlDotNet's parser events (whose marks are exact for scalars and flow collections); a block collection
/// ends where its last descendant's text ends, so comments and blank lines after it belong to no node and are
/// never touched by an edit of it.
/// </summary>
internal abstract class YamlSyntax
{
    /// <summary>Where the node's text starts in the whole file.</summary>
    public int Start { get; init; }

    /// <summary>Where the node's text ends (exclusive): after the last character of its content.</summary>
    public int End { get; set; }

    /// <summary>Parses one YAML document from <c>text[from..to)</c>; null when it is not valid YAML.</summary>
    public static YamlSyntax? Parse(string text, int from, int to)
    {
        try
        {
            var parser = new Parser(new StringReader(text[from..to]));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = Read(parser, text, from);
            return root;
        }
        catch (YamlException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static YamlSyntax Read(IParser parser, string text, int offset)
    {
        var ev = parser.Current ?? throw new YamlException("unexpected end of YAML");
        parser.MoveNext();
        switch (ev)
        {
            case Scalar s:
                return new YamlScalarSyntax
                {
                    Start = (int)s.Start.Index + offset,
                    End = (int)s.End.Index + offset,
                    Value = s.Value,
                    Style = s.Style,
                };
            case MappingStart m:
            {
                var map = new YamlMappingSyntax { Start = (int)m.Start.Index + offset, Flow = m.Style == MappingStyle.Flow };
                while (parser.Current is not MappingEnd)
                {
                    var key = Read(parser, text, offset);
                    var value = Read(parser, text, offset);
                    if (key is YamlScalarSyntax k) map.Entries.Add(new YamlEntry(k, value));
                    else map.Complex = true;
                }
                var end = parser.Current!;
                parser.MoveNext();
                map.End = map.Flow ? Closing(text, (int)end.Start.Index + offset, '}') : LastEnd(map, text);
                return map;
            }
            case SequenceStart q:
            {
                var seq = new YamlSequenceSyntax { Start = (int)q.Start.Index + offset, Flow = q.Style == SequenceStyle.Flow };
                while (parser.Current is not SequenceEnd) seq.Items.Add(Read(parser, text, offset));
                var end = parser.Current!;
                parser.MoveNext();
                seq.End = seq.Flow ? Closing(text, (int)end.Start.Index + offset, ']') : LastEnd(seq, text);
                return seq;
            }
            case AnchorAlias a:
                return new YamlScalarSyntax { Start = (int)a.Start.Index + offset, End = (int)a.End.Index + offset, Value = "*" + a.Value, Style = ScalarStyle.Any, Alias = true };
            default:
                throw new YamlException($"unexpected {ev.GetType().Name}");
        }
    }

    // A flow collection's end event is marked at its closing bracket; the node ends after it.
    private static int Closing(string text, int at, char bracket)
    {
        int close = text.IndexOf(bracket, at);
        return close < 0 ? at : close + 1;
    }

    // A block collection ends with its last child; a block scalar's span runs on over the blank lines after it.
    private static int LastEnd(YamlSyntax node, string text)
    {
        int end = node.Start;
        foreach (var child in node.Children()) end = Math.Max(end, child.ContentEnd(text));
        return end;
    }

    /// <summary>The end of the node's text, not counting the line breaks and blank lines a block scalar runs on over.</summary>
    public int ContentEnd(string text)
    {
        int end = End;
        while (end > Start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>The nodes directly inside this one (keys and values of a mapping, items of a sequence).</summary>
    public virtual IEnumerable<YamlSyntax> Children() => [];
}

/// <summary>A scalar with its value as YAML reads it and the style it is written in.</summary>
internal sealed class YamlScalarSyntax : YamlSyntax
{
    public required string Value { get; init; }

    public ScalarStyle Style { get; init; }

    /// <summary>An alias (<c>*name</c>): never edited in place.</summary>
    public bool Alias { get; init; }

    /// <summary>A value that is not written at all (<c>key:</c> with nothing after it).</summary>
    public bool IsEmpty => Start == End;

    /// <summary>True for <c>|</c> and <c>&gt;</c> block scalars.</summary>
    public bool IsBlock => Style is ScalarStyle.Literal or ScalarStyle.Folded;
}

/// <summary>One <c>key: value</c> of a mapping.</summary>
internal sealed record YamlEntry(YamlScalarSyntax Key, YamlSyntax Value);

/// <summary>A mapping, its entries in file order.</summary>
internal sealed class YamlMappingSyntax : YamlSyntax
{
    public List<YamlEntry> Entries { get; } = [];

    /// <summary>Written <c>{ a: 1 }</c>.</summary>
    public bool Flow { get; init; }

    /// <summary>Has a key that is not a scalar: never edited in place.</summary>
    public bool Complex { get; set; }

    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);

    public override IEnumerable<YamlSyntax> Children() => Entries.SelectMany(e => (YamlSyntax[])[e.Key, e.Value]);
}

/// <summary>A sequence, its items in file order.</summary>
internal sealed class YamlSequenceSyntax : YamlSyntax
{
    public List<YamlSyntax> Items { get; } = [];

    /// <summary>Written <c>[a, b]</c>.</summary>
    public bool Flow { get; init; }

    public override IEnumerable<YamlSyntax> Children() => Items;
}
