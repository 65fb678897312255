using System.Text;

namespace TellMe.Text;

/// <summary>
/// Encodes user text for HTML. Every <c>&lt;</c>, <c>&gt;</c> and every <c>&amp;</c> that could start a
/// character reference is encoded, so no user text can ever become markup; a lone <c>&amp;</c> followed by a
/// space or punctuation is left as the user wrote it, which HTML5 reads as a literal ampersand. That keeps a
/// hand-written page byte-identical when TellMe builds it back.
/// </summary>
public static class Html
{
    /// <summary>Encodes text content; <paramref name="everyAmpersand"/> for pages that write every &amp; as <c>&amp;amp;</c>.</summary>
    public static string Encode(ReadOnlySpan<char> text, bool everyAmpersand = false)
    {
        int i = text.IndexOfAny('<', '>', '&');
        if (i < 0) return text.ToString();
        var sb = new StringBuilder(text.Length + 16);
        AppendEncoded(sb, text, everyAmpersand);
        return sb.ToString();
    }

    /// <summary>Appends encoded text content.</summary>
    public static void AppendEncoded(StringBuilder sb, ReadOnlySpan<char> text, bool everyAmpersand = false)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&' when everyAmpersand || (i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#')):
                    sb.Append("&amp;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>
    /// True when a page writes its ampersands as <c>&amp;amp;</c> and never bare, so that building it back
    /// keeps the page's own style.
    /// </summary>
    public static bool UsesEntityAmpersands(string html)
    {
        int entity = 0, bare = 0;
        for (int i = html.IndexOf('&'); i >= 0; i = html.IndexOf('&', i + 1))
        {
            if (string.CompareOrdinal(html, i, "&amp;", 0, 5) == 0) entity++;
            else if (i + 1 >= html.Length || !(char.IsAsciiLetterOrDigit(html[i + 1]) || html[i + 1] == '#')) bare++;
        }
        return entity > 0 && bare == 0;
    }

    /// <summary>
    /// Makes user text safe inside a Markdown page that Jekyll turns into HTML: every <c>&lt;</c> that would open a
    /// tag is written as <c>&amp;lt;</c>, except a line break (<c>&lt;br&gt;</c>) which the pages use on purpose.
    /// Markdown itself (<c>**bold**</c>, links) and bare ampersands are left as written, so a page without tags
    /// comes back byte for byte.
    /// </summary>
    public static string MarkdownSafe(string text)
    {
        int i = text.IndexOf('<');
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length + 8);
        int at = 0;
        for (; i >= 0; i = text.IndexOf('<', i + 1))
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("<br>", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<br/>", StringComparison.OrdinalIgnoreCase) ||
                rest.StartsWith("<br />", StringComparison.OrdinalIgnoreCase)) continue;
            sb.Append(text, at, i - at).Append("&lt;");
            at = i + 1;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Encodes an attribute value (always double-quoted by the caller).</summary>
    public static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
             .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
