using System.Collections.Immutable;
using System.Text;
using TellMe.Bank;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Render.Jekyll.Layouts;

/// <summary>
/// Writes entries as headings: <c>## Key</c>, a blank line, then the value's blocks separated by blank lines:
/// bullets (indented per level with the page's bullet characters), paragraphs, and stories as HTML tables.
/// </summary>
public sealed class HeadingsWriter : ILayoutWriter
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Headings;

    /// <inheritdoc />
    public void Write(SegmentedText output, KvDocument document, PageSettings page)
    {
        var layout = document.Layout;
        // Heading level 0: a page whose keys are lines of bold text rather than headings.
        bool boldKeys = layout.HeadingLevel == 0;
        string hashes = new string('#', Math.Clamp(layout.HeadingLevel, 1, 6)) + " ";
        var entries = document.Entries.ToList();
        for (int e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var sb = output.Begin(entry.Segment);
            if (page.Before.GetValueOrDefault(entry.Segment) is { } before) sb.Append(before);
            if (boldKeys) sb.Append("**").Append(Html.MarkdownSafe(entry.Shown ?? entry.Key)).Append("**\n");
            else sb.Append(hashes).Append(Html.MarkdownSafe(entry.Shown ?? entry.Key)).Append('\n');
            var nodes = entry.Value;
            for (int i = 0; i < nodes.Length;)
            {
                sb.Append('\n');
                var node = nodes[i];
                switch (node.Form)
                {
                    case NodeForm.Bullet:
                        while (i < nodes.Length && nodes[i].Form == NodeForm.Bullet) WriteBullet(sb, nodes[i++], 0, layout);
                        break;
                    case NodeForm.Plain:
                        MarkdownContent.AppendIndented(sb, Html.MarkdownSafe(node.TextWithLabel(layout.Labels)), 0);
                        sb.Append('\n');
                        foreach (var child in node.Children) WriteBullet(sb, child, 0, layout);
                        i++;
                        break;
                    default:
                        HtmlTableWriter.WriteStoryTable(sb, node, page.EntityAmpersands);
                        i++;
                        break;
                }
            }
            if (e < entries.Count - 1) sb.Append('\n');
        }
    }

    /// <summary>Writes a bullet and its children: indentation and bullet character by depth, continuation lines aligned.</summary>
    public static void WriteBullet(StringBuilder sb, KvNode node, int depth, PageLayout layout)
    {
        string indent = string.Concat(Enumerable.Repeat(layout.Indent, depth));
        sb.Append(indent).Append(layout.BulletAt(depth)).Append(' ');
        MarkdownContent.AppendIndented(sb, Html.MarkdownSafe(PlainLabel(node, layout)), indent.Length + 2);
        sb.Append('\n');
        foreach (var child in node.Children) WriteBullet(sb, child, depth + 1, layout);
    }

    // A page of plain labels writes a nested "**Disagree:** text" of the bank as "Disagree: text", as it was read.
    private static string PlainLabel(KvNode node, PageLayout layout)
    {
        string text = node.TextWithLabel(layout.Labels);
        return node.Label is null && layout.Labels == LabelStyle.Plain && Labels.TrySplit(text, out var split) && split.Style == LabelStyle.Colon
               && Labels.StyleOf(text) == LabelStyle.Colon && Labels.TrySplitPlain(Labels.Line(split.Label, split.Rest, LabelStyle.Plain), out _)
            ? Labels.Line(split.Label, split.Rest, LabelStyle.Plain)
            : text;
    }

    /// <summary>Items of the bank as bullets of the tree.</summary>
    public static ImmutableArray<KvNode> Nodes(ImmutableArray<Item> items) =>
        items.IsDefaultOrEmpty ? [] : [.. items.Select(i => new KvNode(i.Text, Nodes(i.Children)))];
}
