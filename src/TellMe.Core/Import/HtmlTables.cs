using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// Reads the HTML the user's pages embed: Key/Value tables whose cells mix <c>&lt;strong&gt;</c> labels,
/// Markdown, entities and nested <c>&lt;ul&gt;</c> lists. AngleSharp parses; this maps cells to points.
/// </summary>
internal static class HtmlTables
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Parses an HTML fragment, keeping source positions for line numbers.</summary>
    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The line of an element in the page.</summary>
    public static int LineOf(IElement element, int firstLine) =>
        element.SourceReference is { } r ? r.Position.Line + firstLine - 1 : firstLine;

    /// <summary>
    /// Cuts the tables out of a page body, from the first <c>&lt;table</c> at or after <paramref name="from"/> to
    /// the last <c>&lt;/table&gt;</c>, and checks they are whole. Null (with a diagnostic at the line where the
    /// page breaks off) when there is no table or it is cut off.
    /// </summary>
    public static (string Html, int Start, int End, int FirstLine)? Extract(string body, int bodyLine, int from, string file, string what, List<Diagnostic> diagnostics)
    {
        int start = body.IndexOf("<table", Math.Max(from, 0), StringComparison.OrdinalIgnoreCase);
        int end = body.LastIndexOf("</table>", StringComparison.OrdinalIgnoreCase);
        int firstLine = bodyLine + body.AsSpan(0, Math.Max(start, 0)).Count('\n');
        if (start < 0 || end < start)
        {
            int lastLine = bodyLine + body.TrimEnd().Count('\n');
            diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Error, file, start < 0 ? firstLine : lastLine, 1,
                start < 0 ? $"no <table> found for {what}" : $"the {what} table opened at line {firstLine} is cut off: the page ends without </table>",
                "restore the end of the table"));
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

    /// <summary>Reads a cell as labelled points: its top-level list items, or its text as one point.</summary>
    public static ImmutableArray<Part> Points(IElement cell, int firstLine)
    {
        var list = cell.Children.FirstOrDefault(c => c.LocalName == "ul");
        if (list is null)
        {
            string text = InlineMarkdown.FromHtml(cell.ChildNodes).Trim();
            return text.Length == 0 ? [] : [new Part("", Content.Text(text), LineOf(cell, firstLine))];
        }
        var points = ImmutableArray.CreateBuilder<Part>();
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
            points.Add(Point(li, firstLine));
        return points.ToImmutable();
    }

    /// <summary>A cell's content as one value: inline text and/or bullets.</summary>
    public static Content CellContent(IElement cell, int firstLine)
    {
        var (inline, items) = Split(cell, firstLine);
        return new Content(inline.Length == 0 ? null : inline, items);
    }

    private static Part Point(IElement li, int firstLine)
    {
        var (inline, items) = Split(li, firstLine);
        int line = LineOf(li, firstLine);
        if (Labels.TrySplit(inline, out var split) && split.Style == LabelStyle.Colon)
            return new Part(split.Label, new Content(split.Rest.Length == 0 ? null : split.Rest, items), line);
        return new Part("", new Content(inline.Length == 0 ? null : inline, items), line);
    }

    private static (string Inline, ImmutableArray<Item> Items) Split(IElement element, int firstLine)
    {
        var inlineNodes = element.ChildNodes.Where(n => n is not IElement { LocalName: "ul" or "ol" });
        string inline = InlineMarkdown.FromHtml(inlineNodes).Trim();
        var items = ImmutableArray.CreateBuilder<Item>();
        foreach (var list in element.Children.Where(c => c.LocalName is "ul" or "ol"))
            foreach (var li in list.Children.Where(c => c.LocalName == "li"))
            {
                var (text, children) = Split(li, firstLine);
                items.Add(new Item(text, children, LineOf(li, firstLine)));
            }
        return (inline, items.ToImmutable());
    }
}
