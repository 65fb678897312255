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
    /// <summary>Encodes text content.</summary>
    public static string Encode(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAny('<', '>', '&');
        if (i < 0) return text.ToString();
        var sb = new StringBuilder(text.Length + 16);
        AppendEncoded(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends encoded text content.</summary>
    public static void AppendEncoded(StringBuilder sb, ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&' when i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#'):
                    sb.Append("&amp;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>Encodes an attribute value (always double-quoted by the caller).</summary>
    public static string Attribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
             .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
