using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using TellMe.Text;

namespace TellMe.Bank.Files;

/// <summary>
/// Changes the Markdown body of a bank file in place: a story's <c>## Section</c>s, an answer's points, the
/// bullets inside either. Given the parts the reader made of the file (<c>before</c>) and the parts it must
/// hold (<c>after</c>), it matches them up (longest common subsequence, then by position) and edits only the
/// ones that differ, down to the characters that differ (<see cref="MappedText"/>).
/// </summary>
/// <remarks>
/// Everything the model does not hold is kept because it is never in an edit: blank lines, a numbered list's
/// numbers, a bullet's <c>*</c> or <c>+</c>, HTML blocks and comments, trailing spaces, a continuation line's
/// indentation. A new bullet takes the marker and indentation of the one it follows; a new section goes after
/// the one before it. A change the map cannot place (the reader saw the text differently from this class)
/// rewrites that one section or bullet, and says so in <see cref="EditBuilder"/>'s notes.
/// </remarks>
internal sealed class MarkdownPatch
{
    private readonly EditBuilder _edits;
    private readonly List<string> _notes;

    private MarkdownPatch(EditBuilder edits, List<string> notes)
    {
        _edits = edits;
        _notes = notes;
    }

    private string Text => _edits.Text;

    // ---- Stories: ## sections ----

    private sealed record Section(HeadingBlock? Heading, List<Block> Blocks);

    /// <summary>Edits the sections of the body that starts at <paramref name="bodyStart"/>.</summary>
    public static void Sections(EditBuilder edits, List<string> notes, int bodyStart, ImmutableArray<Part> before, ImmutableArray<Part> after) =>
        new MarkdownPatch(edits, notes).PatchSections(bodyStart, before, after);

    private void PatchSections(int bodyStart, ImmutableArray<Part> before, ImmutableArray<Part> after)
    {
        var sections = new List<Section>();
        Section? current = null;
        foreach (var block in Parse(bodyStart))
        {
            if (block is HeadingBlock { Level: 2 } h)
            {
                sections.Add(current = new Section(h, []));
                continue;
            }
            if (current is null) sections.Add(current = new Section(null, []));
            current.Blocks.Add(block);
        }
        if (sections.Count != before.Length) throw new CannotPatchException("the sections are not the ones the reader found");

        var pairs = Sequences.Align(before, after, SamePart);
        int lastBefore = -1, nextAfter = 0;
        foreach (var (bi, ai) in pairs.Append((before.Length, after.Length)))
        {
            int gapB = bi - lastBefore - 1, gapA = ai - nextAfter;
            int paired = Math.Min(gapB, gapA);
            for (int k = 0; k < paired; k++)
                PatchSection(sections[lastBefore + 1 + k], before[lastBefore + 1 + k], after[nextAfter + k]);
            for (int k = paired; k < gapB; k++)
            {
                int index = lastBefore + 1 + k;
                RemoveSection(sections, index, removedNext: index + 1 < bi);
            }
            if (gapA > paired)
            {
                int anchor = lastBefore + paired;
                var sb = new StringBuilder();
                for (int k = nextAfter + paired; k < ai; k++) sb.Append(SectionText(after[k], leadingBlank: anchor >= 0 || sb.Length > 0));
                if (anchor >= 0) _edits.InsertLines(_edits.LineEndAfter(ContentEnd(sections[anchor])), sb.ToString());
                else if (sections.Count > 0)
                {
                    // Text before the first heading is read as 'Notes'; with a section before it, it needs the heading.
                    sb.Append(sections[0].Heading is null && gapB == 0 ? "\n## Notes\n\n" : "\n");
                    _edits.InsertLines(Start(sections[0]), sb.ToString());
                }
                else _edits.InsertLines(Text.Length, "\n" + sb);
            }
            lastBefore = bi;
            nextAfter = ai + 1;
        }
    }

    private static string SectionText(Part part, bool leadingBlank)
    {
        string md = MarkdownContent.ToMarkdown(part.Content);
        return (leadingBlank ? "\n" : "") + "## " + part.Label + "\n" + (md.Length > 0 ? "\n" + md : "");
    }

    private void RemoveSection(List<Section> sections, int index, bool removedNext)
    {
        var s = sections[index];
        int end = _edits.LineEndAfter(ContentEnd(s));
        if (index > 0) _edits.DeleteLines(_edits.LineEndAfter(ContentEnd(sections[index - 1])), end);
        else if (index + 1 < sections.Count && !removedNext) _edits.DeleteLines(Start(s), Start(sections[index + 1]));
        else _edits.DeleteLines(Start(s), end);
    }

    private void PatchSection(Section s, Part before, Part after)
    {
        if (before.Label != after.Label)
        {
            if (s.Heading is { } h)
            {
                int start = h.Span.Start;
                while (start <= h.Span.End && Text[start] is '#' or ' ' or '\t') start++;
                var map = MappedText.Align(before.Label, Text, start, h.Span.End + 1, "");
                if (map?.EditsTo(after.Label) is { } edits && !after.Label.Contains('\n')) _edits.AddRange(edits);
                else _edits.Add(TextEdit.Replace(h.Span.Start, h.Span.End + 1, "## " + after.Label));
            }
            else if (after.Label != "Notes")
            {
                _edits.InsertLines(Start(s), "## " + after.Label + "\n\n");
            }
        }
        if (!before.Content.Equals(after.Content))
        {
            int contentStart = s.Heading is { } heading ? _edits.LineEndAfter(heading.Span.End + 1) : Start(s);
            if (!PatchContent(s.Blocks, before.Content, after.Content, contentStart))
            {
                _notes.Add($"section '{after.Label}' was rewritten as a whole");
                string md = MarkdownContent.ToMarkdown(after.Content);
                int end = s.Blocks.Count > 0 ? _edits.LineEndAfter(ContentEnd(s)) : contentStart;
                _edits.ReplaceLines(contentStart, end, s.Heading is null ? md : "\n" + md);
            }
        }
    }

    private int Start(Section s) => _edits.LineStart(s.Heading is { } h ? h.Span.Start : s.Blocks[0].Span.Start);

    private static int ContentEnd(Section s) => s.Blocks.Count > 0 ? s.Blocks[^1].Span.End + 1 : s.Heading!.Span.End + 1;

    /// <summary>
    /// Edits the blocks of a section (or an item) from one content to another: its inline text and its bullets
    /// separately. False when it cannot, and nothing was added.
    /// </summary>
    private bool PatchContent(List<Block> blocks, Content before, Content after, int contentStart)
    {
        var mark = _edits.Edits.Count;
        var pieces = blocks.Where(b => b is not ListBlock).ToList();
        var lists = blocks.OfType<ListBlock>().ToList();
        var beforeItems = before.Items.IsDefault ? [] : before.Items;
        var afterItems = after.Items.IsDefault ? [] : after.Items;
        if (blocks.Count == 1 && IsSwap(blocks[0], after, afterItems))
        {
            // One paragraph becomes bullets, or bullets a paragraph: nothing of the block stays, so the block's
            // lines are replaced by the new content as the writer writes it, blank lines around kept as they are.
            _edits.ReplaceLines(_edits.LineStart(blocks[0].Span.Start), _edits.LineEndAfter(blocks[0].Span.End + 1), MarkdownContent.ToMarkdown(after).TrimEnd('\n') + "\n");
            return true;
        }
        if ((before.Inline ?? "") != (after.Inline ?? ""))
        {
            if (pieces.Count == 0)
            {
                // New text goes before the bullets, as the writer puts it.
                if (lists.Count > 0) _edits.InsertLines(_edits.LineStart(lists[0].Span.Start), Indented(after.Inline!, Column(lists[0])) + "\n\n");
                else _edits.InsertLines(contentStart, "\n" + after.Inline + "\n");
            }
            else if (string.IsNullOrEmpty(after.Inline))
            {
                if (pieces.Count > 1) return Undo(mark);
                DeleteBlock(blocks, pieces[0]);
            }
            else
            {
                var mapped = MappedText.Join([.. pieces.Select(MapBlock)], "\n\n", "");
                if (mapped.Value != (before.Inline ?? "") || mapped.EditsTo(after.Inline) is not { } edits) return Undo(mark);
                _edits.AddRange(edits);
            }
        }
        if (!beforeItems.SequenceEqual(afterItems))
        {
            if (lists.Count == 1)
            {
                if (afterItems.IsEmpty)
                {
                    if (pieces.Count > 0 && string.IsNullOrEmpty(after.Inline)) return Undo(mark);
                    DeleteBlock(blocks, lists[0]);
                }
                else if (!PatchItems(lists[0], beforeItems, afterItems)) return Undo(mark);
            }
            else if (lists.Count == 0)
            {
                var sb = new StringBuilder();
                MarkdownContent.WriteItems(sb, afterItems, 0);
                if (blocks.Count > 0) _edits.InsertLines(_edits.LineEndAfter(blocks[^1].Span.End + 1), "\n" + sb);
                else _edits.InsertLines(contentStart, "\n" + sb);
            }
            else return Undo(mark);
        }
        return true;
    }

    private static bool IsSwap(Block block, Content after, ImmutableArray<Item> afterItems) => block switch
    {
        ParagraphBlock => string.IsNullOrEmpty(after.Inline) && !afterItems.IsEmpty,
        ListBlock => !string.IsNullOrEmpty(after.Inline) && afterItems.IsEmpty,
        _ => false,
    };

    private bool Undo(int mark)
    {
        _edits.Truncate(mark);
        return false;
    }

    // Deleting a block takes the blank lines before it (or, for the first, those after it), so the blocks
    // around it keep one blank line between them.
    private void DeleteBlock(List<Block> blocks, Block block)
    {
        int index = blocks.IndexOf(block);
        int end = _edits.LineEndAfter(block.Span.End + 1);
        if (index > 0) _edits.DeleteLines(_edits.LineEndAfter(blocks[index - 1].Span.End + 1), end);
        else if (index + 1 < blocks.Count) _edits.DeleteLines(_edits.LineStart(block.Span.Start), _edits.LineStart(blocks[index + 1].Span.Start));
        else _edits.DeleteLines(_edits.LineStart(block.Span.Start), end);
    }

    private MappedText MapBlock(Block block)
    {
        // As MarkdownContent.FromBlocks reads a section: a paragraph's lines trimmed, any other block as written.
        if (block is ParagraphBlock p)
            return MapParagraph(p) ?? throw new CannotPatchException("a paragraph the reader saw differently");
        string raw = Text.Substring(block.Span.Start, block.Span.Length).TrimEnd();
        return MappedText.Align(raw, Text, block.Span.Start, block.Span.End + 1, "") ?? throw new CannotPatchException("a block the reader saw differently");
    }

    private MappedText? MapParagraph(LeafBlock p)
    {
        string value = MarkdownContent.ParagraphText(p, Text);
        return MappedText.Align(value, Text, p.Span.Start, p.Span.End + 1, new string(' ', _edits.Column(p.Span.Start)));
    }

    // ---- Bullets ----

    private bool PatchItems(ListBlock list, ImmutableArray<Item> before, ImmutableArray<Item> after)
    {
        var items = list.OfType<ListItemBlock>().ToList();
        if (items.Count != before.Length) return false;
        var pairs = Sequences.Align(before, after, (a, b) => a.Equals(b));
        int lastBefore = -1, nextAfter = 0;
        foreach (var (bi, ai) in pairs.Append((before.Length, after.Length)))
        {
            int gapB = bi - lastBefore - 1, gapA = ai - nextAfter;
            int paired = Math.Min(gapB, gapA);
            for (int k = 0; k < paired; k++)
                if (!PatchItem(items[lastBefore + 1 + k], before[lastBefore + 1 + k], after[nextAfter + k])) return false;
            for (int k = paired; k < gapB; k++)
            {
                var li = items[lastBefore + 1 + k];
                _edits.DeleteLines(_edits.LineStart(li.Span.Start), _edits.LineEndAfter(li.Span.End + 1));
            }
            if (gapA > paired)
            {
                int anchor = lastBefore + paired;
                var sb = new StringBuilder();
                var like = items[Math.Max(anchor, 0)];
                int number = like.Order + (anchor >= 0 ? 1 : 0);
                for (int k = nextAfter + paired; k < ai; k++) sb.Append(ItemText(list, like, number++, after[k].Text, after[k].Children));
                int at = anchor >= 0 ? _edits.LineEndAfter(items[anchor].Span.End + 1) : _edits.LineStart(items[0].Span.Start);
                _edits.InsertLines(at, sb.ToString());
            }
            lastBefore = bi;
            nextAfter = ai + 1;
        }
        return true;
    }

    /// <summary>A new bullet written like <paramref name="like"/>: same indentation, marker and spacing.</summary>
    private string ItemText(ListBlock list, ListItemBlock like, int number, string text, ImmutableArray<Item> children)
    {
        int column = _edits.Column(like.Span.Start);
        string marker = Marker(like);
        string spacing = new(' ', Math.Max(1, MarkerWidth(like) - marker.Length));
        string newMarker = list.IsOrdered ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) + list.OrderedDelimiter : marker;
        int contentColumn = column + newMarker.Length + spacing.Length;
        var sb = new StringBuilder();
        sb.Append(' ', column).Append(newMarker).Append(spacing);
        MarkdownContent.AppendIndented(sb, text, contentColumn);
        sb.Append('\n');
        if (!children.IsDefaultOrEmpty) MarkdownContent.WriteItems(sb, children, contentColumn);
        return sb.ToString();
    }

    private string Marker(ListItemBlock li)
    {
        int p = li.Span.Start;
        while (p <= li.Span.End && !char.IsWhiteSpace(Text[p])) p++;
        return Text[li.Span.Start..p];
    }

    // From the marker to the item's text: "- ", "1.  ".
    private int MarkerWidth(ListItemBlock li)
    {
        int p = li.Span.Start + Marker(li).Length;
        int end = Math.Min(li.Span.End + 1, Text.Length);
        while (p < end && Text[p] is ' ' or '\t') p++;
        return p < end && Text[p] != '\n' ? p - li.Span.Start : Marker(li).Length + 1;
    }

    private bool PatchItem(ListItemBlock li, Item before, Item after) =>
        PatchItemText(li, before.Text, after.Text) && PatchChildren(li, before.Children, after.Children);

    // The bullet's text as the reader gave it (before) is found, character by character, in the bullet's own
    // blocks, whatever the reader includes; only then is it changed, and only where it differs.
    private bool PatchItemText(ListItemBlock li, string before, string after)
    {
        if (before == after) return true;
        var own = li.Where(b => b is not ListBlock).ToList();
        int markerEnd = li.Span.Start + MarkerWidth(li);
        if (own.Count == 0)
        {
            // An empty bullet: its text goes right after the marker.
            if (before.Length != 0) return false;
            _edits.Add(TextEdit.Insert(markerEnd, Indented(after, _edits.Column(markerEnd))[_edits.Column(markerEnd)..]));
            return true;
        }
        int start = own[0].Span.Start, end = own[^1].Span.End + 1;
        var map = MappedText.Align(before, Text, start, end, new string(' ', _edits.Column(start)));
        if (map?.EditsTo(after) is not { } edits) return false;
        _edits.AddRange(edits);
        return true;
    }

    private bool PatchChildren(ListItemBlock li, ImmutableArray<Item> before, ImmutableArray<Item> after)
    {
        before = before.IsDefault ? [] : before;
        after = after.IsDefault ? [] : after;
        if (before.SequenceEqual(after)) return true;
        var nested = li.OfType<ListBlock>().ToList();
        if (nested.Count == 1)
        {
            if (!after.IsEmpty) return PatchItems(nested[0], before, after);
            _edits.DeleteLines(_edits.LineStart(nested[0].Span.Start), _edits.LineEndAfter(nested[0].Span.End + 1));
            return true;
        }
        if (nested.Count > 1) return false;
        var sb = new StringBuilder();
        int column = li.Count > 0 ? _edits.Column(li[0].Span.Start) : _edits.Column(li.Span.Start) + MarkerWidth(li);
        MarkdownContent.WriteItems(sb, after, column);
        _edits.InsertLines(_edits.LineEndAfter(li.Span.End + 1), sb.ToString());
        return true;
    }

    private static string Indented(string text, int column)
    {
        var sb = new StringBuilder();
        sb.Append(' ', column);
        MarkdownContent.AppendIndented(sb, text, column);
        return sb.ToString();
    }

    private int Column(Block block) => _edits.Column(block.Span.Start);

    // ---- Answers: points ----

    /// <summary>Edits the points (top-level bullets and paragraphs) of the body that starts at <paramref name="bodyStart"/>.</summary>
    public static void Points(EditBuilder edits, List<string> notes, int bodyStart, ImmutableArray<Part> before, ImmutableArray<Part> after) =>
        new MarkdownPatch(edits, notes).PatchPoints(bodyStart, before, after);

    private sealed record Point(Block Block, ListBlock? List);

    private void PatchPoints(int bodyStart, ImmutableArray<Part> before, ImmutableArray<Part> after)
    {
        var points = new List<Point>();
        foreach (var block in Parse(bodyStart))
        {
            if (block is ListBlock list) points.AddRange(list.OfType<ListItemBlock>().Select(li => new Point(li, list)));
            else if (block is ParagraphBlock p) points.Add(new Point(p, null));
        }
        if (points.Count != before.Length) throw new CannotPatchException("the points are not the ones the reader found");

        var pairs = Sequences.Align(before, after, SamePart);
        int lastBefore = -1, nextAfter = 0;
        foreach (var (bi, ai) in pairs.Append((before.Length, after.Length)))
        {
            int gapB = bi - lastBefore - 1, gapA = ai - nextAfter;
            int paired = Math.Min(gapB, gapA);
            for (int k = 0; k < paired; k++)
                PatchPoint(points[lastBefore + 1 + k], before[lastBefore + 1 + k], after[nextAfter + k]);
            for (int k = paired; k < gapB; k++)
            {
                var block = points[lastBefore + 1 + k].Block;
                _edits.DeleteLines(_edits.LineStart(block.Span.Start), _edits.LineEndAfter(block.Span.End + 1));
            }
            if (gapA > paired)
            {
                int anchor = lastBefore + paired;
                var sb = new StringBuilder();
                if (points.Count == 0)
                {
                    AnswerFile.WritePoints(sb, [.. after.Skip(nextAfter + paired).Take(gapA - paired)], 0);
                    _edits.InsertLines(Text.Length, "\n" + sb);
                }
                else
                {
                    var like = points[Math.Max(anchor, 0)];
                    for (int k = nextAfter + paired; k < ai; k++)
                    {
                        if (like is { Block: ListItemBlock li, List: { } list })
                            sb.Append(ItemText(list, li, li.Order + (anchor >= 0 ? 1 : 0) + (k - nextAfter - paired), PointText(after[k]), after[k].Content.Items));
                        else AnswerFile.WritePoints(sb, [after[k]], 0);
                    }
                    string lines = sb.ToString();
                    if (anchor >= 0)
                    {
                        bool afterParagraph = points[anchor].List is null;
                        _edits.InsertLines(_edits.LineEndAfter(points[anchor].Block.Span.End + 1), afterParagraph ? "\n" + lines : lines);
                    }
                    else _edits.InsertLines(_edits.LineStart(points[0].Block.Span.Start), points[0].List is null ? lines + "\n" : lines);
                }
            }
            lastBefore = bi;
            nextAfter = ai + 1;
        }
    }

    private static string PointText(Part point)
    {
        string lead = point.Label.Length == 0 ? "" : Labels.Markdown(point.Label);
        string text = point.Content.Inline ?? "";
        return lead.Length > 0 && text.Length > 0 ? lead + " " + text : lead + text;
    }

    private void PatchPoint(Point point, Part before, Part after)
    {
        if (point.Block is ParagraphBlock p)
        {
            if (after.Label.Length == 0 && (after.Content.Items.IsDefaultOrEmpty) && before.Label.Length == 0
                && MapParagraph(p) is { } map && map.Value == (before.Content.Inline ?? "") && map.EditsTo(after.Content.Inline ?? "") is { } edits)
            {
                _edits.AddRange(edits);
                return;
            }
            _notes.Add($"point '{after.Label}' was rewritten as a whole");
            var sb = new StringBuilder();
            AnswerFile.WritePoints(sb, [after], 0);
            _edits.ReplaceLines(_edits.LineStart(p.Span.Start), _edits.LineEndAfter(p.Span.End + 1), sb.ToString());
            return;
        }
        var li = (ListItemBlock)point.Block;
        // The bullet's text as the reader reads it (paragraphs, and HTML or code it holds), not a copy of its rules.
        var list = point.List!;
        string current = MarkdownContent.Items(list, Text, 0).ElementAt(list.OfType<ListItemBlock>().ToList().IndexOf(li)).Text;
        var read = AnswerFile.ToPart(Item.Leaf(current));
        bool trusted = read.Label == before.Label && (read.Content.Inline ?? "") == (before.Content.Inline ?? "");
        string wanted;
        if (before.Label == after.Label && Labels.TrySplit(current, out var split) == (before.Label.Length > 0)
            && (before.Label.Length == 0 || split.Label == before.Label))
        {
            string rest = before.Label.Length == 0 ? current : split.Rest;
            string prefix = current.EndsWith(rest, StringComparison.Ordinal) ? current[..(current.Length - rest.Length)] : "";
            string inline = after.Content.Inline ?? "";
            wanted = inline.Length == 0 ? prefix.TrimEnd()
                : rest.Length == 0 && prefix.Length > 0 && !prefix.EndsWith(' ') ? prefix + " " + inline
                : prefix + inline;
        }
        else wanted = PointText(after);
        int mark = _edits.Edits.Count;
        if (!trusted || !PatchItemText(li, current, wanted) || !PatchChildren(li, before.Content.Items, after.Content.Items))
        {
            _edits.Truncate(mark);
            _notes.Add($"point '{after.Label}' was rewritten as a whole");
            _edits.ReplaceLines(_edits.LineStart(li.Span.Start), _edits.LineEndAfter(li.Span.End + 1), ItemText(list, li, li.Order, PointText(after), after.Content.Items));
        }
    }

    private static bool SamePart(Part a, Part b) => a.Label == b.Label && a.Content.Equals(b.Content);

    private IEnumerable<Block> Parse(int bodyStart)
    {
        // Spans are positions in the body; the patch works in the whole file.
        var doc = MarkdownContent.Parse(Text[bodyStart..]);
        Shift(doc, bodyStart);
        return doc;
    }

    private static void Shift(ContainerBlock container, int offset)
    {
        foreach (var block in container)
        {
            block.Span = new SourceSpan(block.Span.Start + offset, block.Span.End + offset);
            if (block is ContainerBlock inner) Shift(inner, offset);
        }
    }
}
