using System.Collections.Immutable;
using System.Text;
using TellMe.Bank;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Render.Jekyll.Layouts;

/// <summary>
/// Writes entries as Markdown pipe tables: the header and rule, then one row per entry whose value cell holds
/// its points as lines joined by the page's <c>&lt;br&gt;</c>: plain points as they are, bullets with a marker
/// and, nested, the page's indentation (<c>&amp;nbsp;&amp;nbsp;</c>). Pipes in text are escaped.
/// </summary>
public sealed class PipeTableWriter : ILayoutWriter
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.PipeTable;

    /// <inheritdoc />
    public void Write(SegmentedText output, KvDocument document, PageSettings page)
    {
        var layout = document.Layout;
        bool single = document.Groups.Length == 1;
        for (int g = 0; g < document.Groups.Length; g++)
        {
            var group = document.Groups[g];
            var sb = output.Begin(single ? "head" : group.Segment);
            if (g > 0) sb.Append('\n');
            var columns = document.Columns.Length == 2 ? document.Columns : ["Key", "Value"];
            Row(sb, columns[0], columns[1], layout, layout.Pipes);
            sb.Append(layout.Rule).Append('\n');
            foreach (var entry in group.Entries)
            {
                if (single) sb = output.Begin(entry.Segment);
                string key = Cell(entry.Shown ?? entry.Key);
                bool bold = layout.BoldKeys != page.OtherStyleKeys.Contains(entry.Key);
                var pipes = page.RowPipes.TryGetValue(entry.Key, out var own) ? own : layout.Pipes;
                Row(sb, bold ? "**" + key + "**" : key, Value(entry.Value, layout), layout, pipes);
            }
        }
    }

    // A row: its pipes at the ends as the page (or the row itself) writes them, the pad between pipe and text.
    private static void Row(StringBuilder sb, string key, string value, PageLayout layout, PipeEdges pipes)
    {
        string pad = layout.Pad;
        if (pipes.HasFlag(PipeEdges.Leading)) sb.Append('|').Append(pad);
        sb.Append(key).Append(pad).Append('|');
        if (pipes.HasFlag(PipeEdges.Closing)) sb.Append(value.Length == 0 ? pad : pad + value + pad).Append('|');
        else if (value.Length > 0) sb.Append(pad).Append(value);
        sb.Append('\n');
    }

    private static string Value(ImmutableArray<KvNode> nodes, PageLayout layout)
    {
        var lines = new List<string>();
        foreach (var node in nodes) Emit(node, 0, top: true);
        return string.Join(layout.Break, lines);

        void Emit(KvNode node, int depth, bool top)
        {
            string text = Cell(node.TextWithLabel(layout.Labels));
            if (top && node.Form != NodeForm.Bullet)
            {
                lines.Add(text);
                foreach (var child in node.Children) Emit(child, 0, top: false);
                return;
            }
            lines.Add(string.Concat(Enumerable.Repeat(layout.Nest, depth)) + layout.BulletAt(depth) + " " + text);
            foreach (var child in node.Children) Emit(child, depth + 1, top: false);
        }
    }

    // Text in a cell: tags made safe, pipes escaped, and a line break of the source a space (a row is one line).
    private static string Cell(string text) =>
        Html.MarkdownSafe(text).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
