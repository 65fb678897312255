using System.Text;
using AngleSharp.Dom;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TellMe.Text;

/// <summary>
/// Converts inline Markdown (<c>**bold**</c>, <c>*em*</c>, <c>`code`</c>, links, <c>&lt;br&gt;</c>) to HTML with
/// every piece of text encoded, and HTML inline nodes back to Markdown. Markdig parses; this renders, because
/// a page must come back exactly as the user wrote it and Markdig's own renderer re-escapes what the user
/// never escaped.
/// </summary>
public static class InlineMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Renders inline Markdown as HTML.</summary>
    public static string ToHtml(string markdown, bool everyAmpersand = false)
    {
        if (markdown.Length == 0) return "";
        if (markdown.AsSpan().IndexOfAny("*_`[<&\\\n!") < 0) return Html.Encode(markdown, everyAmpersand);
        string protectedText = ProtectBlockStarts(markdown);
        var doc = Markdown.Parse(protectedText, Pipeline);
        var sb = new StringBuilder(markdown.Length + 32);
        bool first = true;
        foreach (var block in doc)
        {
            if (!first) sb.Append("<br><br>");
            first = false;
            if (block is LeafBlock { Inline: { } inline }) Write(sb, inline, everyAmpersand);
            else if (block is LeafBlock leaf) Html.AppendEncoded(sb, MarkdownContent.ParagraphText(leaf, protectedText), everyAmpersand);
        }
        return sb.ToString();
    }

    // Inline text must never turn into a heading, list or quote when parsed on its own.
    private static string ProtectBlockStarts(string text)
    {
        var sb = new StringBuilder(text.Length + 4);
        foreach (var line in text.Split('\n'))
        {
            if (sb.Length > 0) sb.Append('\n');
            var t = line.TrimStart();
            int lead = line.Length - t.Length;
            sb.Append(line, 0, lead);
            // A backslash escapes punctuation only: "13. Key" is kept from being a list by escaping its dot.
            int digits = OrderedMarker(t);
            if (digits > 0) sb.Append(t, 0, digits).Append('\\').Append(t, digits, t.Length - digits);
            else
            {
                if (t.Length > 0 && (t[0] is '#' or '>' or '=' || (t[0] is '-' or '+' or '*' && (t.Length == 1 || t[1] == ' '))))
                    sb.Append('\\');
                sb.Append(t);
            }
        }
        return sb.ToString();

        // The digits of an ordered list marker ("13." or "2)") the line starts with, or 0.
        static int OrderedMarker(string t)
        {
            int i = 0;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            return i > 0 && i < t.Length && t[i] is '.' or ')' && (i + 1 == t.Length || t[i + 1] == ' ') ? i : 0;
        }
    }

    private static void Write(StringBuilder sb, ContainerInline container, bool amp)
    {
        foreach (var inline in container) Write(sb, inline, amp);
    }

    private static void Write(StringBuilder sb, Inline inline, bool amp)
    {
        switch (inline)
        {
            case LiteralInline lit:
                Html.AppendEncoded(sb, lit.Content.AsSpan(), amp);
                break;
            case EmphasisInline em:
                string tag = em.DelimiterCount >= 2 ? "strong" : "em";
                sb.Append('<').Append(tag).Append('>');
                Write(sb, (ContainerInline)em, amp);
                sb.Append("</").Append(tag).Append('>');
                break;
            case CodeInline code:
                sb.Append("<code>");
                Html.AppendEncoded(sb, code.Content, amp);
                sb.Append("</code>");
                break;
            case LinkInline link:
                string url = SafeUrl(link.Url);
                if (link.IsImage)
                {
                    sb.Append("<img src=\"").Append(Html.Attribute(url)).Append("\" alt=\"");
                    sb.Append(Html.Attribute(PlainText(link))).Append("\">");
                }
                else
                {
                    sb.Append("<a href=\"").Append(Html.Attribute(url)).Append("\">");
                    Write(sb, (ContainerInline)link, amp);
                    sb.Append("</a>");
                }
                break;
            case AutolinkInline auto:
                string href = SafeUrl(auto.IsEmail ? "mailto:" + auto.Url : auto.Url);
                sb.Append("<a href=\"").Append(Html.Attribute(href)).Append("\">");
                Html.AppendEncoded(sb, auto.Url, amp);
                sb.Append("</a>");
                break;
            case HtmlInline html:
                // Only a line break may pass as markup; any other tag is shown as text.
                if (IsLineBreakTag(html.Tag)) sb.Append(html.Tag);
                else Html.AppendEncoded(sb, html.Tag, amp);
                break;
            case HtmlEntityInline entity:
                // An entity as the user wrote it (&rarr;, &#39;) is text, not markup, and stays as written.
                sb.Append(entity.Original.AsSpan());
                break;
            case LineBreakInline lb:
                sb.Append(lb.IsHard ? "<br>" : "\n");
                break;
            case ContainerInline c:
                Write(sb, c, amp);
                break;
            default:
                Html.AppendEncoded(sb, inline.ToString(), amp);
                break;
        }
    }

    private static string PlainText(ContainerInline container)
    {
        var sb = new StringBuilder();
        foreach (var child in container.Descendants<LiteralInline>()) sb.Append(child.Content.AsSpan());
        return sb.ToString();
    }

    private static bool IsLineBreakTag(string tag) =>
        tag is "<br>" or "<br/>" or "<br />" or "<BR>";

    private static string SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "";
        string u = url.Trim();
        int colon = u.IndexOf(':');
        if (colon < 0) return u;
        string scheme = u[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" ? u : "#";
    }

    /// <summary>Converts HTML inline nodes (the inside of a table cell or list item) to Markdown.</summary>
    public static string FromHtml(IEnumerable<INode> nodes)
    {
        var sb = new StringBuilder();
        foreach (var node in nodes) AppendMarkdown(sb, node);
        return sb.ToString();
    }

    private static void AppendMarkdown(StringBuilder sb, INode node)
    {
        switch (node)
        {
            case IText text:
                AppendEscaped(sb, text.Data);
                break;
            case IComment comment:
                // A comment is the user's text too (<!-- TODO -->): kept, and shown encoded on a built page.
                sb.Append("<!--").Append(comment.Data).Append("-->");
                break;
            case IElement el:
                switch (el.LocalName)
                {
                    case "strong" or "b":
                        sb.Append("**").Append(FromHtml(el.ChildNodes)).Append("**");
                        break;
                    case "em" or "i":
                        sb.Append('*').Append(FromHtml(el.ChildNodes)).Append('*');
                        break;
                    case "code":
                        sb.Append('`').Append(el.TextContent).Append('`');
                        break;
                    case "a":
                        sb.Append('[').Append(FromHtml(el.ChildNodes)).Append("](").Append(el.GetAttribute("href") ?? "").Append(')');
                        break;
                    case "br":
                        sb.Append("<br>");
                        break;
                    default:
                        sb.Append(FromHtml(el.ChildNodes));
                        break;
                }
                break;
        }
    }

    // "&name;", "&#39;" or "&#x27;" at i: text Markdown would read as an entity (a bare "R&D" it reads as text).
    private static bool StartsEntity(string text, int i)
    {
        int j = i + 1;
        if (j < text.Length && text[j] == '#')
        {
            j++;
            bool hex = j < text.Length && text[j] is 'x' or 'X';
            if (hex) j++;
            int start = j;
            while (j < text.Length && (hex ? char.IsAsciiHexDigit(text[j]) : char.IsAsciiDigit(text[j]))) j++;
            return j > start && j < text.Length && text[j] == ';';
        }
        int name = j;
        while (j < text.Length && char.IsAsciiLetterOrDigit(text[j])) j++;
        return j > name && char.IsAsciiLetter(text[name]) && j < text.Length && text[j] == ';';
    }

    /// <summary>
    /// Escapes characters that Markdown would otherwise read as markup: emphasis, code, links, a <c>&lt;</c> that
    /// would open a tag, and an <c>&amp;</c> that would start an entity. Everything else is kept as the character.
    /// </summary>
    public static void AppendEscaped(StringBuilder sb, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '`' or '[' or ']':
                    sb.Append('\\').Append(c);
                    break;
                case '<' when i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'):
                    sb.Append("\\<");
                    break;
                case '&' when StartsEntity(text, i):
                    sb.Append("\\&");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
    }
}
