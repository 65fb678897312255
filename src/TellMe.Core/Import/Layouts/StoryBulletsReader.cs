using System.Collections.Immutable;
using Markdig.Syntax;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import.Layouts;

/// <summary>
/// Reads a page that tells its stories as one list: each top-level bullet is a story's head
/// (<c>- **TM5. Built a report flow**</c>, bold or plain) and the bullets nested under it are its points
/// (<c>At:</c>, <c>Situation:</c> with its own bullets, <c>Action:</c>, <c>Result:</c>). What comes before the list
/// (the page's title, an introduction, <c>## Projects</c>) and after it is the page's intro and outro. Only a list
/// whose every bullet is a story head counts, and most of them must carry STAR points: a list is the commonest
/// thing on a page, and an ordinary one must stay the page's text.
/// </summary>
public sealed class StoryBulletsReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Bullets;

    /// <inheritdoc />
    public KvDocument? Read(PageSource page, List<Diagnostic> diagnostics)
    {
        string body = page.Body;
        int offset = page.BodyLine - 1;
        var blocks = MarkdownContent.Parse(body).ToList();
        var lists = blocks.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block is ListBlock l && IsStoryList(l, body)).ToList();
        if (lists.Count == 0) return null;
        var (block, index) = lists[0];
        var list = (ListBlock)block;
        foreach (var (other, _) in lists.Skip(1))
            diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, other.Line + 1 + offset, 1,
                "a second list of stories is kept as page text; only the first list's stories are imported",
                "keep the stories in one list"));

        var tally = new StyleTally();
        var entries = ImmutableArray.CreateBuilder<KvEntry>();
        int bold = 0;
        foreach (var li in list.OfType<ListItemBlock>())
        {
            tally.Marker(0, list.BulletType);
            string head = "";
            var value = ImmutableArray.CreateBuilder<KvNode>();
            foreach (var inner in li)
            {
                if (head.Length == 0 && inner is ParagraphBlock p)
                {
                    head = MarkdownContent.ParagraphText(p, body);
                    continue;
                }
                if (inner is ListBlock nested)
                {
                    foreach (var child in nested.OfType<ListItemBlock>()) tally.AddIndent(child.Column - li.Column);
                    value.AddRange(HeadingsReader.Items(nested, body, offset, 1, tally));
                }
                else value.AddRange(HeadingsReader.Nodes(inner, body, offset, 1, tally));
            }
            if (StoryHeads.IsBold(head)) bold++;
            entries.Add(new KvEntry(head, value.ToImmutable(), li.Line + 1 + offset));
        }
        foreach (var node in entries.SelectMany(e => e.Value))
        {
            tally.Label(node.Text);
            foreach (var child in node.Children) tally.Label(child.Text);
        }
        var layout = new PageLayout
        {
            Kind = LayoutKind.Bullets,
            Labels = tally.Labels(),
            BoldKeys = bold * 2 >= entries.Count,
            Bullets = tally.Bullets(),
            Indent = new string(' ', tally.Indent(2)),
            AtLines = StoryLists.AtLines(entries, tally.Labels() == LabelStyle.Plain),
            CrLf = page.CrLf,
            Bom = page.Bom,
        };
        return new KvDocument
        {
            Layout = layout,
            Groups = [new KvGroup(entries.ToImmutable(), entries[0].Line)],
            Intro = body[..list.Span.Start],
            Outro = index + 1 < blocks.Count ? StoryLists.Outro(body, blocks[index + 1].Span.Start, page.Trailer) : "",
        };
    }

    // Every bullet a story head, and most of them with STAR points nested under them.
    private static bool IsStoryList(ListBlock list, string body)
    {
        if (list.IsOrdered) return false;
        var items = list.OfType<ListItemBlock>().ToList();
        if (items.Count == 0) return false;
        int told = 0;
        foreach (var li in items)
        {
            if (li.FirstOrDefault() is not ParagraphBlock p || !StoryHeads.TrySplit(MarkdownContent.ParagraphText(p, body), out _, out _)) return false;
            var points = li.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>())
                .Select(c => c.FirstOrDefault() is ParagraphBlock cp ? MarkdownContent.ParagraphText(cp, body) : "");
            if (StoryHeads.CitesStory(points)) return false;
            if (StoryHeads.TellsStar(points)) told++;
        }
        return told > 0 && told * 2 >= items.Count;
    }
}
