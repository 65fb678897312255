using System.Collections.Immutable;
using System.Text;

namespace TellMe.Pages;

/// <summary>Writes a page's front matter from its keys and values, quoting only what YAML needs quoted.</summary>
public static class FrontMatterText
{
    /// <summary>Writes <c>---</c>, one <c>key: value</c> line per entry, <c>---</c>; nothing when there are no entries.</summary>
    public static void Write(StringBuilder sb, ImmutableArray<KeyValuePair<string, string>> frontMatter)
    {
        if (frontMatter.IsDefaultOrEmpty) return;
        sb.Append("---\n");
        foreach (var (key, value) in frontMatter)
            sb.Append(key).Append(": ").Append(NeedsQuotes(value) ? "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : value).Append('\n');
        sb.Append("---\n");
    }

    /// <summary>The front matter as <see cref="Write"/> writes it.</summary>
    public static string Of(ImmutableArray<KeyValuePair<string, string>> frontMatter)
    {
        var sb = new StringBuilder();
        Write(sb, frontMatter);
        return sb.ToString();
    }

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value != value.Trim() || value.AsSpan().IndexOfAny(":#{}[],&*!|>'\"%@`\n") >= 0 && !IsSafeColon(value);

    // "Title: subtitle" style values are only unsafe when ": " or " #" occurs.
    private static bool IsSafeColon(string value) =>
        !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) &&
        value.AsSpan().IndexOfAny("{}[]&*!|>'\"%@`\n") < 0 && !value.StartsWith('-') && !value.EndsWith(':');
}
