using System.Text;
using TellMe.Bank;

namespace TellMe.Render.Jekyll;

/// <summary>Writes a page's front matter from its settings, quoting only what YAML needs quoted.</summary>
internal static class FrontMatterWriter
{
    public static void Write(StringBuilder sb, PageSettings page)
    {
        if (page.FrontMatter.IsDefaultOrEmpty) return;
        sb.Append("---\n");
        foreach (var (key, value) in page.FrontMatter)
            sb.Append(key).Append(": ").Append(NeedsQuotes(value) ? "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : value).Append('\n');
        sb.Append("---\n");
    }

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value != value.Trim() || value.AsSpan().IndexOfAny(":#{}[],&*!|>'\"%@`\n") >= 0 && !IsSafeColon(value);

    // "Title: subtitle" style values are only unsafe when ": " or " #" occurs.
    private static bool IsSafeColon(string value) =>
        !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) &&
        value.AsSpan().IndexOfAny("{}[]&*!|>'\"%@`\n") < 0 && !value.StartsWith('-') && !value.EndsWith(':');
}
