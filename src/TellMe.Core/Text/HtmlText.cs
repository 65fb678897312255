using System.Text.RegularExpressions;

namespace TellMe.Text;

/// <summary>
/// Finds the HTML a user wrote inside Markdown text (<c>&lt;b&gt;Cut&lt;/b&gt;</c>, <c>&lt;!-- TODO --&gt;</c>,
/// <c>&lt;div&gt;</c>): pages show it as text, never run it, and spoken feedback reads the words without it.
/// An escaped <c>\&lt;</c>, a tag inside <c>`code`</c> and a line break <c>&lt;br&gt;</c> are not counted.
/// </summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", RegexOptions.Singleline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    /// <summary>The tags and comments in a text, as written.</summary>
    public static IEnumerable<(int Index, string Tag)> Tags(string text)
    {
        if (!text.Contains('<')) yield break;
        foreach (System.Text.RegularExpressions.Match m in Markup().Matches(text))
        {
            if (LineBreak().IsMatch(m.Value)) continue;
            if (m.Index > 0 && text[m.Index - 1] == '\\') continue;
            if (InCode(text, m.Index)) continue;
            yield return (m.Index, m.Value);
        }
    }

    /// <summary>The text with its tags and comments taken out (a line break becomes a space); the words all stay.</summary>
    public static string Strip(string text)
    {
        if (!text.Contains('<')) return text;
        var tags = Tags(text).ToList();
        if (tags.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        int at = 0;
        foreach (var (index, tag) in tags)
        {
            sb.Append(text, at, index - at);
            at = index + tag.Length;
        }
        sb.Append(text, at, text.Length - at);
        return Regex.Replace(sb.ToString(), " {2,}", " ").Trim();
    }

    private static bool InCode(string text, int index)
    {
        int ticks = 0;
        for (int i = 0; i < index; i++) if (text[i] == '`') ticks++;
        return ticks % 2 == 1;
    }
}
