using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import.Layouts;

/// <summary>
/// Reads the HTML the user's pages embed: Key/Value tables whose cells mix <c>&lt;strong&gt;</c> labels,
/// Markdown, entities (read as their characters) and nested <c>&lt;ul&gt;</c> lists. AngleSharp parses; this maps cells to points.
/// </summary>
internal static partial class HtmlTables
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>
    /// Parses an HTML fragment, keeping source positions for line numbers. Entities are decoded, as a browser
    /// reads them: the bank holds the characters (<c>'</c>, not <c>&amp;#39;</c>), Markdown escapes those that
    /// would read as markup, and the page's own spelling of them comes back through its drift.
    /// </summary>
    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The line of an element in the page.</summary>
    public static int LineOf(IElement element, int firstLine) =>
        element.SourceReference is { } r ? r.Position.Line + firstLine - 1 : firstLine;

    /// <summary>
    /// Cuts the tables out of a page body, from the first <c>&lt;table</c> at or after <paramref name="from"/> to
    /// the last <c>&lt;/table&gt;</c>, and checks they are whole. Null (with a diagnostic at the line where the
    /// page breaks off) when it is cut off; null without one when there is no table at all.
    /// </summary>
    public static (string Html, int Start, int End, int FirstLine)? Extract(string body, int bodyLine, int from, string file, List<Diagnostic> diagnostics)
    {
        int start = body.IndexOf("<table", Math.Max(from, 0), StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        int end = body.LastIndexOf("</table>", StringComparison.OrdinalIgnoreCase);
        int firstLine = bodyLine + body.AsSpan(0, start).Count('\n');
        if (end < start)
        {
            int lastLine = bodyLine + body.TrimEnd().Count('\n');
            diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Error, file, lastLine, 1,
                $"the table opened at line {firstLine} is cut off: the page ends without </table>", "restore the end of the table"));
            return null;
        }
        end += "</table>".Length;
        string html = body[start..end];
        return CheckBalanced(html, file, firstLine, diagnostics) ? (html, start, end, firstLine) : null;
    }

    /// <summary>
    /// Checks that every element the tables use is closed. HTML parsers repair a table cut off half way in
    /// silence; a page import must not, so the count of opening and closing tags is compared in the source.
    /// </summary>
    private static bool CheckBalanced(string html, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        foreach (var tag in (string[])["table", "tr", "td", "ul", "li"])
        {
            int open = Count(html, "<" + tag + ">") + Count(html, "<" + tag + " ");
            int close = Count(html, "</" + tag + ">");
            if (open == close) continue;
            int at = html.LastIndexOf("<" + tag, StringComparison.OrdinalIgnoreCase);
            int line = firstLine + html.AsSpan(0, Math.Max(at, 0)).Count('\n');
            diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Error, file, line, 1,
                $"the table is cut off or broken: {open} <{tag}> but {close} </{tag}>",
                $"close every <{tag}> (the last one opens near line {line})"));
            return false;
        }
        return true;
    }

    private static int Count(string text, string what)
    {
        int n = 0;
        for (int i = text.IndexOf(what, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.OrdinalIgnoreCase)) n++;
        return n;
    }

    /// <summary>The rows of a table that are not in its <c>&lt;thead&gt;</c>, each with its cells.</summary>
    public static IEnumerable<(IElement Row, List<IElement> Cells)> BodyRows(IElement table) =>
        table.QuerySelectorAll("tr")
            .Where(tr => tr.Closest("table") == table && tr.Closest("thead") is null)
            .Select(tr => (tr, tr.Children.Where(c => c.LocalName is "td" or "th").ToList()));

    /// <summary>The header cells of a table's <c>&lt;thead&gt;</c>, or none.</summary>
    public static ImmutableArray<string> HeaderCells(IElement table) =>
        [.. table.QuerySelectorAll("thead th").Where(th => th.Closest("table") == table).Select(th => th.TextContent.Trim())];

    /// <summary>
    /// A key cell: its text (a line break read as a space), whether it is bold, and its Markdown as written when
    /// that is more than the text (a <c>&lt;br&gt;</c>, Markdown).
    /// </summary>
    public static (string Key, bool Bold, string Markdown) Key(IElement cell)
    {
        var content = cell.ChildNodes.Where(n => n is not IText t || t.Data.Trim().Length > 0).ToList();
        bool bold = content.Count == 1 && content[0] is IElement { LocalName: "strong" or "b" };
        var inner = bold ? ((IElement)content[0]).ChildNodes : cell.ChildNodes;
        string markdown = InlineMarkdown.FromHtml(inner).Trim();
        string key = KeyText(inner);
        return (key, bold, markdown);
    }

    // The key as plain text: entities decoded, a line break a space, runs of spaces one.
    private static string KeyText(INodeList nodes)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in nodes) Append(node);
        return Regex.Replace(sb.ToString(), @"\s+", " ").Trim();

        void Append(INode node)
        {
            if (node is IElement { LocalName: "br" }) sb.Append(' ');
            else if (node is IText t) sb.Append(t.Data);
            else foreach (var child in node.ChildNodes) Append(child);
        }
    }

    /// <summary>A value cell as points: its text outside lists as plain points, its list items as bullets.</summary>
    public static ImmutableArray<KvNode> Nodes(IElement cell, int firstLine)
    {
        var nodes = ImmutableArray.CreateBuilder<KvNode>();
        var inline = new List<INode>();
        bool afterParagraph = false;
        foreach (var child in cell.ChildNodes)
        {
            if (child is IElement { LocalName: "ul" or "ol" } list)
            {
                Flush();
                var items = list.Children.Where(c => c.LocalName == "li").Select(li => Item(li, firstLine)).ToList();
                // A list right after a paragraph (<p><strong>Action:</strong></p><ol>…</ol>) is that paragraph's.
                if (afterParagraph && nodes.Count > 0 && nodes[^1] is { Form: NodeForm.Plain, Children.IsDefaultOrEmpty: true } paragraphPoint)
                    nodes[^1] = paragraphPoint with { Children = [.. items] };
                else nodes.AddRange(items);
            }
            else if (child is IElement { LocalName: "table" } table && StoryTable(table, firstLine) is { } told)
            {
                Flush();
                nodes.Add(told);
            }
            else if (child is IElement { LocalName: "p" } paragraph)
            {
                // A paragraph is a point of its own, like text outside a list.
                Flush();
                inline.AddRange(paragraph.ChildNodes);
                Flush();
                afterParagraph = true;
                continue;
            }
            else inline.Add(child);
            if (child is not IText { Data: var blank } || blank.Trim().Length > 0) afterParagraph = false;
        }
        Flush();
        return nodes.ToImmutable();

        void Flush()
        {
            string text = InlineMarkdown.FromHtml(inline).Trim();
            if (text.Length > 0) nodes.Add(new KvNode(text, [], NodeForm.Plain, LineOf(cell, firstLine)));
            inline.Clear();
        }
    }

    private static KvNode Item(IElement li, int firstLine)
    {
        var inline = li.ChildNodes.Where(n => n is not IElement { LocalName: "ul" or "ol" });
        string text = InlineMarkdown.FromHtml(inline).Trim();
        var children = ImmutableArray.CreateBuilder<KvNode>();
        foreach (var list in li.Children.Where(c => c.LocalName is "ul" or "ol"))
            foreach (var child in list.Children.Where(c => c.LocalName == "li"))
                children.Add(Item(child, firstLine));
        return new KvNode(text, children.ToImmutable(), NodeForm.Bullet, LineOf(li, firstLine));
    }

    /// <summary>
    /// A Key/Value table that tells one story (rows Project / At / Situation / Action / Result), inside a cell or
    /// between a page's bullets: its first row is the point, the other rows its parts. Null when a row does not
    /// have two cells, so that such a table stays text and is never half read.
    /// </summary>
    public static KvNode? StoryTable(IElement table, int firstLine)
    {
        var rows = BodyRows(table).ToList();
        if (rows.Count == 0 || rows.Any(r => r.Cells.Count != 2)) return null;
        var points = rows.Select(r => Row(r.Cells, LineOf(r.Row, firstLine), firstLine)).ToList();
        var head = points[0];
        return head with { Form = NodeForm.Table, Children = [.. head.Children, .. points.Skip(1)] };
    }

    private static KvNode Row(List<IElement> cells, int line, int firstLine)
    {
        var (key, _, _) = Key(cells[0]);
        var value = Nodes(cells[1], firstLine);
        string inline = string.Join(" ", value.Where(n => n.Form == NodeForm.Plain).Select(n => n.Text));
        var children = value.Where(n => n.Form != NodeForm.Plain).ToImmutableArray();
        return new KvNode(Labels.Line(key, inline), children, NodeForm.Bullet, line);
    }

    /// <summary>True when the cell holds its points as a list rather than as text.</summary>
    public static bool HasList(IElement cell) => cell.Children.Any(c => c.LocalName is "ul" or "ol");
}
