using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import.Layouts;

/// <summary>
/// Reads a page of headings: each heading at the entry level (<c>## Vision</c>, <c>## 1. Customer Obsession</c>)
/// is a key, and what follows it up to the next one is the value: bullets (nested to any depth), paragraphs,
/// and Key/Value tables written in HTML. Labels may be bold (<c>**Core:**</c>) or plain (<c>Core:</c>).
/// </summary>
public sealed partial class HeadingsReader : ILayoutReader
{
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Headings;

    /// <inheritdoc />
    public KvDocument? Read(PageSource page, List<Diagnostic> diagnostics)
    {
        string body = page.Body;
        int offset = page.BodyLine - 1;
        var blocks = MarkdownContent.Parse(body).ToList();
        // Level 0: a page with no headings whose keys are lines of bold text (**1. Customer Obsession**) with points under them.
        int level = EntryLevel(blocks);
        if (level == 0 && BoldKeys(blocks, body) < 2) return null;

        var tally = new StyleTally();
        var entries = ImmutableArray.CreateBuilder<KvEntry>();
        int introEnd = -1;
        // A heading of a higher level between entries (## Motivation above ### Why us) groups the entries after it:
        // it and what follows it up to the next entry are kept as the text before that entry, never as its answer.
        int groupStart = -1;
        (string Key, string? Shown, int Line, string? Before)? current = null;
        var value = ImmutableArray.CreateBuilder<KvNode>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (EntryKey(block, level, body) is { } text)
            {
                var h = block;
                if (introEnd < 0) introEnd = h.Span.Start;
                Flush();
                string key = Regex.Replace(LineBreak().Replace(text, " "), " {2,}", " ").Trim();
                current = (key, key == text ? null : text, h.Line + 1 + offset, groupStart >= 0 ? body[groupStart..h.Span.Start] : null);
                groupStart = -1;
                continue;
            }
            if (current is null || groupStart >= 0) continue;
            if (block is HeadingBlock other && other.Level < level)
            {
                groupStart = other.Span.Start;
                continue;
            }
            // An HTML comment after an entry's points (a commented-out entry, a note to self) belongs to the page
            // between the entries, not to the answer above it: kept as written before the next entry, or at the end.
            if (IsComment(block, body) && (b + 1 == blocks.Count || EntryKey(blocks[b + 1], level, body) is not null
                                           || blocks[b + 1] is HeadingBlock { Level: var l } && l < level || IsComment(blocks[b + 1], body)))
            {
                groupStart = block.Span.Start;
                continue;
            }
            value.AddRange(Nodes(block, body, offset, 0, tally));
        }
        Flush();
        // A group heading after the last entry, and what follows it, is the page's own text after its entries.
        string outro = groupStart >= 0 ? StoryLists.Outro(body, groupStart, page.Trailer) : "";
        tally.Entries(entries);
        var layout = tally.HeadingsLayout(level, page);
        return new KvDocument
        {
            Layout = layout,
            Groups = [new KvGroup(entries.ToImmutable(), entries.Count > 0 ? entries[0].Line : page.BodyLine)],
            Intro = body[..introEnd],
            Outro = outro,
        };

        void Flush()
        {
            if (current is { } c) entries.Add(new KvEntry(c.Key, value.ToImmutable(), c.Line) { Shown = c.Shown, Before = c.Before });
            value.Clear();
        }
    }

    private static bool IsComment(Block block, string body) =>
        block is HtmlBlock && Raw(block, body).StartsWith("<!--", StringComparison.Ordinal);

    // The text of an entry's key: a heading at the entry level, or on a page of bold keys a paragraph that is one bold line.
    private static string? EntryKey(Block block, int level, string body) => block switch
    {
        HeadingBlock h when level > 0 && h.Level == level => MarkdownContent.ParagraphText(h, body),
        ParagraphBlock p when level == 0 && BoldLine(MarkdownContent.ParagraphText(p, body)) is { } key => key,
        _ => null,
    };

    // "**1. Customer Obsession**" → "1. Customer Obsession"; null for anything else.
    private static string? BoldLine(string text) =>
        text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal)
        && text.IndexOf("**", 2, StringComparison.Ordinal) == text.Length - 2 && !text.Contains('\n') && !text[2..^2].TrimEnd().EndsWith(':')
            ? text[2..^2].Trim()
            : null;

    // How many bold lines have points under them (a list or a paragraph that is not a bold line itself).
    private static int BoldKeys(List<Block> blocks, string body)
    {
        int n = 0;
        for (int i = 0; i + 1 < blocks.Count; i++)
            if (blocks[i] is ParagraphBlock p && BoldLine(MarkdownContent.ParagraphText(p, body)) is not null && blocks[i + 1] is ListBlock)
                n++;
        return n;
    }

    // The entry level: the heading level (2 and below first) whose headings most often have content under them.
    private static int EntryLevel(List<Block> blocks)
    {
        var withContent = new Dictionary<int, int>();
        for (int i = 0; i < blocks.Count; i++)
            if (blocks[i] is HeadingBlock h && i + 1 < blocks.Count && blocks[i + 1] is not HeadingBlock)
                withContent[h.Level] = withContent.GetValueOrDefault(h.Level) + 1;
        var deeper = withContent.Where(kv => kv.Key >= 2).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).ToList();
        if (deeper.Count > 0) return deeper[0].Key;
        return withContent.GetValueOrDefault(1) >= 2 ? 1 : 0;
    }

    /// <summary>A block under an entry as points: a list's bullets, a paragraph, a story table, or anything else as written.</summary>
    internal static IEnumerable<KvNode> Nodes(Block block, string body, int offset, int depth, StyleTally tally)
    {
        int line = block.Line + 1 + offset;
        switch (block)
        {
            case ListBlock list:
                foreach (var node in Items(list, body, offset, depth, tally)) yield return node;
                break;
            case ParagraphBlock p:
                yield return new KvNode(MarkdownContent.ParagraphText(p, body), [], NodeForm.Plain, line);
                break;
            case HtmlBlock html when Raw(html, body) is var raw && raw.StartsWith("<table", StringComparison.OrdinalIgnoreCase)
                                     && TableNodes(raw, line) is { Length: > 0 } tables:
                foreach (var table in tables) yield return table;
                break;
            default:
                // A quote, code, a deeper heading or HTML: kept as written, a line of its own.
                yield return new KvNode(Raw(block, body), [], NodeForm.Plain, line);
                break;
        }
    }

    /// <summary>A list's items as bullets, nested to any depth, their markers and indentation counted.</summary>
    internal static IEnumerable<KvNode> Items(ListBlock list, string body, int offset, int depth, StyleTally tally)
    {
        foreach (var block in list)
        {
            if (block is not ListItemBlock li) continue;
            if (!list.IsOrdered) tally.Marker(depth, list.BulletType);
            var texts = new List<string>();
            var children = ImmutableArray.CreateBuilder<KvNode>();
            foreach (var inner in li)
            {
                switch (inner)
                {
                    case ParagraphBlock p:
                        texts.Add(MarkdownContent.ParagraphText(p, body));
                        break;
                    case ListBlock nested:
                        foreach (var child in nested.OfType<ListItemBlock>()) tally.AddIndent(child.Column - li.Column);
                        children.AddRange(Items(nested, body, offset, depth + 1, tally));
                        break;
                    default:
                        // HTML at the start of a bullet (<!-- TODO -->, <div>) is the bullet's text, not a loss.
                        texts.Add(Raw(inner, body));
                        break;
                }
            }
            yield return new KvNode(string.Join('\n', texts), children.ToImmutable(), NodeForm.Bullet, li.Line + 1 + offset);
        }
    }

    /// <summary>A block's source text as written, trailing whitespace aside.</summary>
    internal static string Raw(Block block, string body) =>
        body.Substring(block.Span.Start, Math.Min(block.Span.Length, body.Length - block.Span.Start)).TrimEnd();

    // A Key/Value table inside an entry tells one story: its first row is the point, the other rows its parts.
    private static ImmutableArray<KvNode> TableNodes(string html, int firstLine)
    {
        var document = HtmlTables.Parse(html);
        var nodes = ImmutableArray.CreateBuilder<KvNode>();
        foreach (var table in document.QuerySelectorAll("table").Where(t => t.ParentElement?.Closest("table") is null))
        {
            if (HtmlTables.StoryTable(table, firstLine) is not { } told) return [];
            nodes.Add(told);
        }
        return nodes.ToImmutable();
    }
}
