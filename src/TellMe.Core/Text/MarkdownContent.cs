using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace TellMe.Text;

using TellMe.Bank;

/// <summary>
/// Converts between Markdown blocks and <see cref="Content"/>: a paragraph is inline text, a bullet list is
/// items, nesting kept. Text is taken from the source exactly as written, so nothing the user typed is
/// re-formatted behind their back.
/// </summary>
public static class MarkdownContent
{
    /// <summary>
    /// The Markdig pipeline for reading bank files: block structure only. Text is taken from the source
    /// spans, so inline parsing would be wasted work (it is most of Markdig's time on a story file).
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = BlocksOnly();

    private static MarkdownPipeline BlocksOnly()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        builder.BlockParsers.Replace<ParagraphBlockParser>(new RawParagraphBlockParser());
        return builder.Build();
    }

    // A paragraph whose inlines are never parsed: TellMe reads its text from the source span.
    private sealed class RawParagraphBlockParser : ParagraphBlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor)
        {
            var state = base.TryOpen(processor);
            if (processor.NewBlocks.Count > 0 && processor.NewBlocks.Peek() is ParagraphBlock p) p.ProcessInlines = false;
            return state;
        }
    }

    /// <summary>Parses Markdown with precise source locations.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Reads the blocks of one section into content: paragraphs join into inline text, lists into items.</summary>
    public static Content FromBlocks(IEnumerable<Block> blocks, string source, int lineOffset)
    {
        string? inline = null;
        var items = ImmutableArray.CreateBuilder<Item>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    string text = ParagraphText(p, source);
                    inline = inline is null ? text : inline + "\n\n" + text;
                    break;
                case ListBlock list:
                    items.AddRange(Items(list, source, lineOffset));
                    break;
                default:
                    // Anything else (a code block, a quote) is kept verbatim as text rather than dropped.
                    string raw = source.Substring(block.Span.Start, block.Span.Length).TrimEnd();
                    inline = inline is null ? raw : inline + "\n\n" + raw;
                    break;
            }
        }
        return new Content(inline, items.ToImmutable());
    }

    /// <summary>The items of a bullet list, recursively.</summary>
    public static IEnumerable<Item> Items(ListBlock list, string source, int lineOffset)
    {
        foreach (var block in list)
        {
            if (block is not ListItemBlock li) continue;
            string text = "";
            var children = ImmutableArray.CreateBuilder<Item>();
            foreach (var inner in li)
            {
                switch (inner)
                {
                    case ParagraphBlock p:
                        text = text.Length == 0 ? ParagraphText(p, source) : text + "\n" + ParagraphText(p, source);
                        break;
                    case ListBlock nested:
                        children.AddRange(Items(nested, source, lineOffset));
                        break;
                    default:
                        // A bullet that starts with HTML (<!-- TODO --> …, <div>…</div>) or holds code keeps it as text.
                        string raw = source.Substring(inner.Span.Start, Math.Min(inner.Span.Length, source.Length - inner.Span.Start)).Trim();
                        text = text.Length == 0 ? raw : text + "\n" + raw;
                        break;
                }
            }
            yield return new Item(text, children.ToImmutable(), li.Line + 1 + lineOffset);
        }
    }

    /// <summary>
    /// A paragraph's (or heading's) source text, lines joined by newlines and trimmed. Taken from the source
    /// span because Markdig releases a block's lines once its inlines are parsed.
    /// </summary>
    public static string ParagraphText(LeafBlock p, string source)
    {
        string raw = source.Substring(p.Span.Start, Math.Min(p.Span.Length, source.Length - p.Span.Start));
        if (p is HeadingBlock) raw = raw.TrimStart().TrimStart('#');
        if (!raw.Contains('\n')) return raw.Trim();
        var sb = new StringBuilder();
        foreach (var line in raw.Split('\n'))
        {
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(line.Trim());
        }
        return sb.ToString();
    }

    /// <summary>Writes content as Markdown: the inline paragraph, then the bullets (two spaces per level).</summary>
    public static string ToMarkdown(Content content)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(content.Inline)) sb.Append(content.Inline).Append('\n');
        if (!content.Items.IsDefaultOrEmpty)
        {
            if (sb.Length > 0) sb.Append('\n');
            WriteItems(sb, content.Items, 0);
        }
        return sb.ToString();
    }

    /// <summary>Writes bullets at an indentation, continuation lines aligned under the text.</summary>
    public static void WriteItems(StringBuilder sb, ImmutableArray<Item> items, int indent)
    {
        foreach (var item in items)
        {
            sb.Append(' ', indent).Append("- ");
            AppendIndented(sb, item.Text, indent + 2);
            sb.Append('\n');
            if (!item.Children.IsDefaultOrEmpty) WriteItems(sb, item.Children, indent + 2);
        }
    }

    /// <summary>Appends text whose later lines are indented by <paramref name="indent"/> spaces.</summary>
    public static void AppendIndented(StringBuilder sb, string text, int indent)
    {
        int start = 0;
        while (true)
        {
            int nl = text.IndexOf('\n', start);
            if (nl < 0) { sb.Append(text, start, text.Length - start); return; }
            sb.Append(text, start, nl - start).Append('\n');
            if (nl + 1 < text.Length && text[nl + 1] != '\n') sb.Append(' ', indent);
            start = nl + 1;
        }
    }
}
