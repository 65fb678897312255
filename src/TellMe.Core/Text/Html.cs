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

    /// <summary>Encodes an attribute value (always double-quoted by the caller).</summary>
    public static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
             .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
