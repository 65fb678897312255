using System.Collections.Immutable;
using System.Text;
using Markdig;
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
    /// <summary>The Markdig pipeline every TellMe reader uses.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

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
                    string text = ParagraphText(p);
                    inline = inline is null ? text : inline + "\n\n" + text;
                    break;
                case ListBlock list:
                    items.AddRange(Items(list, lineOffset));
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
    public static IEnumerable<Item> Items(ListBlock list, int lineOffset)
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
                        text = text.Length == 0 ? ParagraphText(p) : text + "\n" + ParagraphText(p);
                        break;
                    case ListBlock nested:
                        children.AddRange(Items(nested, lineOffset));
                        break;
                }
            }
            yield return new Item(text, children.ToImmutable(), li.Line + 1 + lineOffset);
        }
    }

    /// <summary>A paragraph's source text, lines joined by newlines, each line trimmed.</summary>
    public static string ParagraphText(LeafBlock p)
    {
        if (p.Lines.Count == 1) return p.Lines.Lines[0].Slice.ToString().Trim();
        var sb = new StringBuilder();
        for (int i = 0; i < p.Lines.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            sb.Append(p.Lines.Lines[i].Slice.ToString().Trim());
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
