using System.Collections.Immutable;
using System.Text;
using TellMe.Bank;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Render.Jekyll.Layouts;

/// <summary>
/// Writes entries as HTML Key/Value tables with the page's opening tag, <c>&lt;thead&gt;</c>, <c>&lt;tbody&gt;</c>
/// and indentation; each value's points as nested <c>&lt;ul&gt;</c> lists. All user text is encoded; Markdown in
/// the bank becomes inline HTML.
/// </summary>
public sealed class HtmlTableWriter : ILayoutWriter
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.HtmlTable;

    /// <inheritdoc />
    public void Write(SegmentedText output, KvDocument document, PageSettings page)
    {
        var layout = document.Layout;
        bool amp = page.EntityAmpersands;
        string i = layout.Indent;
        int depth = layout.Tbody ? 2 : 1;
        bool single = document.Groups.Length == 1;
        for (int g = 0; g < document.Groups.Length; g++)
        {
            var group = document.Groups[g];
            var sb = output.Begin(single ? "head" : group.Segment);
            if (g > 0) sb.Append('\n');
            sb.Append(layout.Table).Append('\n');
            if (layout.Thead)
            {
                sb.Append(i).Append("<thead>\n").Append(Repeat(i, 2)).Append("<tr>\n");
                foreach (var column in document.Columns) sb.Append(Repeat(i, 3)).Append("<th>").Append(Html.Encode(column, amp)).Append("</th>\n");
                sb.Append(Repeat(i, 2)).Append("</tr>\n").Append(i).Append("</thead>\n");
            }
            if (layout.Tbody) sb.Append(i).Append("<tbody>\n");
            if (layout.HeaderRow && !layout.Thead)
            {
                // The column names as a first row of <th> cells, shaped like the page's other rows.
                var names = string.Join(layout.RowOnOneLine ? "" : "\n", document.Columns.Select(c =>
                    (layout.RowOnOneLine ? "" : Repeat(i, depth + 1)) + "<th>" + Html.Encode(c, amp) + "</th>"));
                if (layout.RowOnOneLine) sb.Append(Repeat(i, depth)).Append("<tr>").Append(names).Append("</tr>\n");
                else sb.Append(Repeat(i, depth)).Append("<tr>\n").Append(names).Append('\n').Append(Repeat(i, depth)).Append("</tr>\n");
            }
            foreach (var entry in group.Entries)
            {
                if (single) sb = output.Begin(entry.Segment);
                if (page.Before.GetValueOrDefault(entry.Segment) is { } before) sb.Append(before);
                Row(sb, KeyHtml(entry, layout.BoldKeys != page.OtherStyleKeys.Contains(entry.Key), amp), ValueHtml(entry.Value, layout, amp), layout, depth);
            }
            if (single) sb = output.Begin("foot");
            if (layout.Tbody) sb.Append(i).Append("</tbody>\n");
            sb.Append("</table>\n");
        }
    }

    /// <summary>Writes a story told as a Key/Value table inside a page of headings: its point first, then its parts.</summary>
    public static void WriteStoryTable(StringBuilder sb, KvNode node, bool amp)
    {
        var layout = new PageLayout { Kind = LayoutKind.HtmlTable };
        sb.Append("<table>\n");
        Row(sb, "<strong>" + Html.Encode(node.Label ?? "", amp) + "</strong>", InlineMarkdown.ToHtml(node.Text, amp), layout, 1);
        foreach (var child in node.Children)
        {
            string key = "<strong>" + Html.Encode(child.Label ?? "", amp) + "</strong>";
            var value = new StringBuilder(InlineMarkdown.ToHtml(child.Text, amp));
            AppendList(value, child.Children, layout, amp);
            Row(sb, key, value.ToString(), layout, 1);
        }
        sb.Append("</table>\n");
    }

    private static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));

    private static void Row(StringBuilder sb, string key, string value, PageLayout layout, int depth)
    {
        string i = layout.Indent;
        if (layout.RowOnOneLine)
        {
            sb.Append(Repeat(i, depth)).Append("<tr><td>").Append(key).Append("</td><td>").Append(value).Append("</td></tr>\n");
            return;
        }
        sb.Append(Repeat(i, depth)).Append("<tr>\n")
          .Append(Repeat(i, depth + 1)).Append("<td>").Append(key).Append("</td>\n")
          .Append(Repeat(i, depth + 1)).Append("<td>").Append(value).Append("</td>\n")
          .Append(Repeat(i, depth)).Append("</tr>\n");
    }

    private static string KeyHtml(KvEntry entry, bool bold, bool amp)
    {
        string inner = entry.Shown is { } shown ? InlineMarkdown.ToHtml(shown, amp) : Html.Encode(entry.Key, amp);
        return bold ? "<strong>" + inner + "</strong>" : inner;
    }

    /// <summary>A value cell: plain points as text, bullets as a <c>&lt;ul&gt;</c>.</summary>
    public static string ValueHtml(ImmutableArray<KvNode> nodes, PageLayout layout, bool amp)
    {
        var sb = new StringBuilder();
        for (int n = 0; n < nodes.Length;)
        {
            if (nodes[n].Form == NodeForm.Bullet)
            {
                int end = n;
                while (end < nodes.Length && nodes[end].Form == NodeForm.Bullet) end++;
                AppendList(sb, nodes[n..end], layout, amp);
                n = end;
                continue;
            }
            if (nodes[n].Form == NodeForm.Table) AppendStoryTable(sb, nodes[n], layout, amp);
            else
            {
                // A page that writes its text points as paragraphs gets each back in its <p>.
                if (layout.Paragraphs) sb.Append("<p>");
                AppendPoint(sb, nodes[n], layout, amp);
                if (layout.Paragraphs) sb.Append("</p>");
                AppendList(sb, nodes[n].Children, layout, amp);
            }
            n++;
        }
        return sb.ToString();
    }

    // A story told as a Key/Value table inside a cell, on the cell's one line: the point's row, then one row per part.
    private static void AppendStoryTable(StringBuilder sb, KvNode node, PageLayout layout, bool amp)
    {
        sb.Append("<table>");
        if (layout.Tbody) sb.Append("<tbody>");
        AppendRow(node.Label ?? "", InlineMarkdown.ToHtml(node.Text, amp));
        foreach (var child in node.Children)
        {
            var value = new StringBuilder(InlineMarkdown.ToHtml(child.Text, amp));
            AppendList(value, child.Children, layout, amp);
            AppendRow(child.Label ?? "", value.ToString());
        }
        if (layout.Tbody) sb.Append("</tbody>");
        sb.Append("</table>");

        void AppendRow(string key, string value) =>
            sb.Append("<tr><td><strong>").Append(Html.Encode(key, amp)).Append("</strong></td><td>").Append(value).Append("</td></tr>");
    }

    private static void AppendList(StringBuilder sb, ImmutableArray<KvNode> nodes, PageLayout layout, bool amp)
    {
        if (nodes.IsDefaultOrEmpty) return;
        string list = layout.OrderedLists ? "ol" : "ul";
        sb.Append('<').Append(list).Append('>');
        foreach (var node in nodes)
        {
            sb.Append("<li>");
            AppendPoint(sb, node, layout, amp);
            AppendList(sb, node.Children, layout, amp);
            sb.Append("</li>");
        }
        sb.Append("</").Append(list).Append('>');
    }

    // A point's label in the page's style, then its text as inline HTML.
    private static void AppendPoint(StringBuilder sb, KvNode node, PageLayout layout, bool amp)
    {
        if (node.Label is { } label)
        {
            string encoded = Html.Encode(label, amp);
            sb.Append((node.LabelStyle ?? layout.Labels) switch
            {
                LabelStyle.Plain => encoded + ":",
                LabelStyle.ColonOutside => "<strong>" + encoded + "</strong>:",
                LabelStyle.Bare => "<strong>" + encoded + "</strong>",
                _ => "<strong>" + encoded + ":</strong>",
            });
            if (node.Text.Length > 0) sb.Append(' ');
        }
        sb.Append(InlineMarkdown.ToHtml(node.Text, amp));
    }
}
