using System.Collections.Immutable;
using Markdig.Syntax;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import.Layouts;

/// <summary>
/// Reads a page that tells its stories under headings of their own: <c>### LA5. Built a sync</c> followed by the
/// story's STAR points. The entries are the story headings, at the level most of them share; the page's other
/// sections (an overview before them, a tech stack after them) are its intro and outro, kept as written, so that
/// they never become part of a story. <see cref="HeadingsReader"/> cannot do this: it takes the level whose
/// headings most often have content, which on a company page may be the level of its sections, and it reads a
/// section after the last entry as that entry's text.
/// </summary>
public sealed class StoryHeadingsReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Headings;

    /// <inheritdoc />
    public KvDocument? Read(PageSource page, List<Diagnostic> diagnostics)
    {
        string body = page.Body;
        int offset = page.BodyLine - 1;
        var blocks = MarkdownContent.Parse(body).ToList();
        var heads = blocks.OfType<HeadingBlock>().Where(h => StoryHeads.TrySplit(MarkdownContent.ParagraphText(h, body), out _, out _)).ToList();
        if (heads.Count == 0) return null;
        int level = heads.GroupBy(h => h.Level).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

        var tally = new StyleTally();
        var entries = ImmutableArray.CreateBuilder<KvEntry>();
        int first = blocks.FindIndex(b => b is HeadingBlock h && h.Level == level && IsHead(h));
        int end = blocks.Count;
        (string Key, int Line)? current = null;
        var value = ImmutableArray.CreateBuilder<KvNode>();
        for (int i = first; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is HeadingBlock h && h.Level <= level)
            {
                if (h.Level < level || !IsHead(h))
                {
                    end = i;
                    break;
                }
                Flush();
                current = (MarkdownContent.ParagraphText(h, body), h.Line + 1 + offset);
                continue;
            }
            value.AddRange(HeadingsReader.Nodes(block, body, offset, 0, tally));
        }
        Flush();
        for (int i = end; i < blocks.Count; i++)
            if (blocks[i] is HeadingBlock h && h.Level == level && IsHead(h))
                diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, h.Line + 1 + offset, 1,
                    $"the story '{MarkdownContent.ParagraphText(h, body)}' comes after a section that is not a story and is kept as page text",
                    "keep the stories together, one after another"));

        // Story headings with no STAR point under them are a numbered list of something else, and headings whose
        // points start a story of their own are questions.
        if (entries.Any(e => StoryHeads.CitesStory(e.Value.Select(n => n.Text)))) return null;
        int told = entries.Count(e => StoryHeads.TellsStar(e.Value.Select(n => n.Text)));
        if (told == 0 || told * 2 < entries.Count) return null;

        tally.Entries(entries);
        var layout = tally.HeadingsLayout(level, page) with
        {
            AtLines = StoryLists.AtLines(entries, tally.Labels() == LabelStyle.Plain),
        };
        return new KvDocument
        {
            Layout = layout,
            Groups = [new KvGroup(entries.ToImmutable(), entries[0].Line)],
            Intro = body[..blocks[first].Span.Start],
            Outro = end < blocks.Count ? StoryLists.Outro(body, blocks[end].Span.Start, page.Trailer) : "",
        };

        bool IsHead(HeadingBlock h) => StoryHeads.TrySplit(MarkdownContent.ParagraphText(h, body), out _, out _);

        void Flush()
        {
            if (current is { } c) entries.Add(new KvEntry(c.Key, value.ToImmutable(), c.Line));
            value.Clear();
        }
    }
}
