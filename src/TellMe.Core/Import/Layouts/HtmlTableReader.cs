using System.Collections.Immutable;
using AngleSharp.Dom;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;

namespace TellMe.Import.Layouts;

/// <summary>
/// Reads a page of HTML Key/Value tables: each row of two cells is an entry, its key in the first cell
/// (<c>&lt;strong&gt;Conflict&lt;/strong&gt;</c>, a <c>&lt;br&gt;</c> read as a space) and its points in the second,
/// as text or nested <c>&lt;ul&gt;</c> lists. A page may hold one table (a questions page) or several (one per
/// story on a project page). A table of more than two columns is no Key/Value table and is left alone.
/// </summary>
public sealed class HtmlTableReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.HtmlTable;

    /// <inheritdoc />
    public KvDocument? Read(PageSource page, List<Diagnostic> diagnostics)
    {
        string body = page.Body;
        if (HtmlTables.Extract(body, page.BodyLine, 0, page.File, diagnostics) is not var (html, start, end, firstLine)) return null;
        var document = HtmlTables.Parse(html);
        var tables = document.QuerySelectorAll("table").Where(t => t.ParentElement?.Closest("table") is null).ToList();
        var groups = ImmutableArray.CreateBuilder<KvGroup>();
        var tally = new StyleTally();
        int bold = 0, plainKeys = 0, lists = 0, texts = 0;
        ImmutableArray<string> columns = [];
        bool headerRow = false;
        foreach (var table in tables)
        {
            var rows = HtmlTables.BodyRows(table).ToList();
            // A first row of <th> cells outside a <thead> names the columns; it is no entry.
            if (rows.Count > 0 && rows[0].Cells.Count > 0 && rows[0].Cells.All(c => c.LocalName == "th") && HtmlTables.HeaderCells(table).IsEmpty)
            {
                if (columns.IsDefaultOrEmpty) columns = [.. rows[0].Cells.Select(c => c.TextContent.Trim())];
                headerRow = true;
                rows.RemoveAt(0);
            }
            if (rows.Count == 0 || rows.Count(r => r.Cells.Count == 2) * 2 < rows.Count) continue;
            if (columns.IsDefaultOrEmpty) columns = HtmlTables.HeaderCells(table);
            var entries = ImmutableArray.CreateBuilder<KvEntry>();
            foreach (var (row, cells) in rows)
            {
                int line = HtmlTables.LineOf(row, firstLine);
                if (cells.Count != 2)
                {
                    diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, line, 1,
                        $"a row with {cells.Count} cells is not imported; each row needs a key and a value", "give the row two <td> cells"));
                    continue;
                }
                var (key, isBold, markdown) = HtmlTables.Key(cells[0]);
                if (key.Length == 0)
                {
                    diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, line, 1,
                        "a row with an empty key is not imported", "write the key in the first cell"));
                    continue;
                }
                if (isBold) bold++;
                else plainKeys++;
                if (HtmlTables.HasList(cells[1])) lists++;
                else texts++;
                var value = HtmlTables.Nodes(cells[1], firstLine);
                foreach (var node in value)
                {
                    tally.Label(node.Text);
                    foreach (var child in node.Children) tally.Label(child.Text);
                }
                entries.Add(new KvEntry(key, value, line) { Shown = SameKey(key, markdown) ? null : markdown, Bold = isBold, Before = CommentBefore(html, row, entries.Count) });
            }
            groups.Add(new KvGroup(entries.ToImmutable(), HtmlTables.LineOf(table, firstLine)));
        }
        if (groups.Count == 0) return null;
        foreach (var gap in Gaps(html, tables))
            if (gap.Trim().Length > 0)
                diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, firstLine + html.AsSpan(0, html.IndexOf(gap, StringComparison.Ordinal)).Count('\n'), 1,
                    $"text between two tables is not kept: {Short(gap.Trim())}", "move it above the first table or below the last"));

        // The parser adds a <tbody> to every table: whether the page wrote one is in its source.
        int firstClose = CloseOf(html, 0);
        string firstTable = firstClose > 0 ? html[..firstClose] : html;
        bool tbody = firstTable.Contains("<tbody", StringComparison.OrdinalIgnoreCase);
        var layout = new PageLayout
        {
            Kind = LayoutKind.HtmlTable,
            Labels = tally.Labels(),
            Points = texts > lists || Paragraphed(groups) ? PointForm.Plain : PointForm.Bullet,
            BoldKeys = bold >= plainKeys,
            Thead = firstTable.Contains("<thead", StringComparison.OrdinalIgnoreCase),
            Tbody = tbody,
            Table = html[..(html.IndexOf('>') + 1)],
            Indent = IndentUnit(html, tbody),
            RowOnOneLine = RowOnOneLine(html),
            HeaderRow = headerRow,
            Paragraphs = document.QuerySelectorAll("td > p").Any(),
            OrderedLists = document.QuerySelectorAll("td > ol").Any() && !document.QuerySelectorAll("td > ul").Any(),
            CrLf = page.CrLf,
            Bom = page.Bom,
        };
        string trailer = page.Trailer;
        return new KvDocument
        {
            Layout = layout,
            Groups = groups.ToImmutable(),
            Intro = body[..start],
            Outro = body[end..^trailer.Length],
            Columns = columns.Length == 2 ? columns : ["Key", "Value"],
        };
    }

    // Whole lines between the previous row and this one that hold an HTML comment (<!-- TODO … -->, a row commented
    // out): the page's own text, kept to be written back before this row.
    private static string? CommentBefore(string html, IElement row, int index)
    {
        if (index == 0 || row.SourceReference is not { } source) return null;
        int start = source.Position.Position;
        int close = start > 0 ? html.LastIndexOf("</tr>", start - 1, StringComparison.OrdinalIgnoreCase) : -1;
        if (close < 0) return null;
        int from = html.IndexOf('\n', close);
        int to = html.LastIndexOf('\n', start - 1) + 1;
        if (from < 0 || to <= from + 1) return null;
        string gap = html[(from + 1)..to];
        return gap.Contains("<!--", StringComparison.Ordinal) ? gap : null;
    }

    // A key the renderer writes back as it was needs nothing more; a <br> or Markdown does (an entity is drift).
    private static bool SameKey(string key, string markdown) =>
        markdown == key || TellMe.Text.InlineMarkdown.ToHtml(markdown) == TellMe.Text.Html.Encode(key);

    // What lies between consecutive top-level tables.
    private static IEnumerable<string> Gaps(string html, List<IElement> tables)
    {
        int from = 0;
        for (int i = 0; i < tables.Count; i++)
        {
            int open = html.IndexOf("<table", from, StringComparison.OrdinalIgnoreCase);
            if (open < 0) yield break;
            if (i > 0) yield return html[from..open];
            int close = CloseOf(html, open);
            if (close < 0) yield break;
            from = close;
        }
    }

    // The end of the table opened at 'open', nested tables skipped.
    private static int CloseOf(string html, int open)
    {
        int depth = 0;
        for (int i = open; i < html.Length;)
        {
            int nextOpen = html.IndexOf("<table", i, StringComparison.OrdinalIgnoreCase);
            int nextClose = html.IndexOf("</table>", i, StringComparison.OrdinalIgnoreCase);
            if (nextClose < 0) return -1;
            if (nextOpen >= 0 && nextOpen < nextClose) { depth++; i = nextOpen + 6; continue; }
            depth--;
            i = nextClose + 8;
            if (depth == 0) return i;
        }
        return -1;
    }

    // The indentation of one level: the first row's indentation over its depth (1, or 2 inside <tbody>).
    private static string IndentUnit(string html, bool tbody)
    {
        int tr = html.IndexOf("<tr", StringComparison.OrdinalIgnoreCase);
        int thead = html.IndexOf("<thead", StringComparison.OrdinalIgnoreCase);
        if (thead >= 0 && thead < tr) tr = html.IndexOf("<tr", html.IndexOf("</thead", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        if (tr < 0) return "  ";
        int lineStart = html.LastIndexOf('\n', tr) + 1;
        string lead = html[lineStart..tr];
        // Rows at the start of their lines: no indentation for a page of one-line rows, else the cells' own.
        if (lead.Length == 0 && lineStart > 0)
        {
            if (RowOnOneLine(html)) return "";
            int cell = html.IndexOf("<td", tr, StringComparison.OrdinalIgnoreCase);
            int cellLine = cell < 0 ? -1 : html.LastIndexOf('\n', cell) + 1;
            return cellLine > 0 && html[cellLine..cell].Trim().Length == 0 ? html[cellLine..cell] : "  ";
        }
        if (lead.Trim().Length > 0 || lead.Length == 0) return "  ";
        int depth = tbody ? 2 : 1;
        return lead.Length % depth == 0 ? lead[..(lead.Length / depth)] : "  ";
    }

    // Cells whose points are mostly paragraphs (<p>) with lists between them write their points as plain lines.
    private static bool Paragraphed(IEnumerable<KvGroup> groups)
    {
        var top = groups.SelectMany(g => g.Entries).SelectMany(e => e.Value).ToList();
        return top.Count(n => n.Form == NodeForm.Plain) > top.Count(n => n.Form == NodeForm.Bullet);
    }

    private static bool RowOnOneLine(string html)
    {
        // The first row with data cells (a header row of <th> may come first).
        int td = html.IndexOf("<td", StringComparison.OrdinalIgnoreCase);
        if (td < 0) return false;
        int tr = html.LastIndexOf("<tr", td, StringComparison.OrdinalIgnoreCase);
        return tr >= 0 && html.IndexOf('\n', tr, td - tr) < 0;
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
