using System.Text.RegularExpressions;

namespace TellMe.Import;

/// <summary>
/// Splits the head of a story line, <c>CR1. Designed…</c>, <c>(New) Migrated…</c> or <c>2. Analyzed…</c>,
/// into the reference as written and the title.
/// </summary>
public static partial class StoryReference
{
    [GeneratedRegex(@"^(?<ref>[A-Za-z]{1,6}\d{1,6}|\d{1,4})\.(?:\s+(?<title>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<ref>\((?:New|new|NEW|TBD|TODO|WIP)\))(?:\s+(?<title>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Placeholder();

    /// <summary>Splits a head; returns false when the text starts with no reference at all.</summary>
    public static bool TrySplit(string text, out string reference, out string title)
    {
        var m = Numbered().Match(text);
        if (!m.Success) m = Placeholder().Match(text);
        if (m.Success)
        {
            reference = m.Groups["ref"].Value;
            title = m.Groups["title"].Value.Trim();
            return true;
        }
        reference = "";
        title = text.Trim();
        return false;
    }

    /// <summary>True for a placeholder reference such as <c>(New)</c>.</summary>
    public static bool IsPlaceholder(string reference) => reference.StartsWith('(');
}
