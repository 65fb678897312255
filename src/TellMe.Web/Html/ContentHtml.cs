using System.Collections.Immutable;
using System.Text;
using Microsoft.AspNetCore.Html;
using TellMe.Bank;
using TellMe.Text;

namespace TellMe.Web.Html;

/// <summary>
/// Renders bank content (inline Markdown and nested bullets) as HTML. Every piece of user text goes through
/// <see cref="InlineMarkdown.ToHtml"/>, which encodes all text and lets through only its own tags (emphasis, code,
/// links with safe URLs, line breaks): a <c>&lt;script&gt;</c> in a story is shown as text.
/// </summary>
public static class ContentHtml
{
    /// <summary>Inline Markdown as HTML.</summary>
    public static IHtmlContent Inline(string? markdown) => new HtmlString(InlineMarkdown.ToHtml(markdown ?? "", everyAmpersand: true));

    /// <summary>A part's content: its inline text as a paragraph, its bullets as a list.</summary>
    public static IHtmlContent Of(Content content)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(content.Inline))
            foreach (var paragraph in content.Inline.Split("\n\n"))
                sb.Append("<p>").Append(InlineMarkdown.ToHtml(paragraph, everyAmpersand: true)).Append("</p>");
        if (!content.Items.IsDefaultOrEmpty) Items(sb, content.Items);
        return new HtmlString(sb.ToString());
    }

    /// <summary>Labelled parts (a story's sections, an answer's points) as a definition list.</summary>
    public static IHtmlContent Parts(ImmutableArray<Part> parts, string headingTag = "h3")
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            sb.Append("<section class=\"part\">");
            if (part.Label.Length > 0) sb.Append('<').Append(headingTag).Append('>').Append(Encode(part.Label)).Append("</").Append(headingTag).Append('>');
            sb.Append(Of(part.Content).ToString());
            sb.Append("</section>");
        }
        return new HtmlString(sb.ToString());
    }

    private static void Items(StringBuilder sb, ImmutableArray<Item> items)
    {
        sb.Append("<ul>");
        foreach (var item in items)
        {
            sb.Append("<li>").Append(InlineMarkdown.ToHtml(item.Text, everyAmpersand: true));
            if (!item.Children.IsDefaultOrEmpty) Items(sb, item.Children);
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }

    /// <summary>Plain text encoded for HTML (every &lt;, &gt;, &amp; and quote).</summary>
    public static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
