using System.Text.RegularExpressions;

namespace TellMe.Import;

/// <summary>
/// Splits the head of a story line into the reference as written, the title and a note: <c>CR1. Designed…</c>,
/// <c>(New) Migrated…</c>, <c>2. Analyzed…</c>, or a bare reference such as <c>XY6 (details on the company
/// page)</c> that names a story told elsewhere. A label may name the story too: <c>Summary (EN1)</c>.
/// </summary>
public static partial class StoryReference
{
    [GeneratedRegex(@"^(?<ref>[A-Za-z]{1,6}\d{1,6}|\d{1,4})\.(?:\s+(?<title>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?<ref>\((?:New|new|NEW|TBD|TODO|WIP)\))(?:\s+(?<title>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?<ref>[A-Z]{1,6}\d{1,6})(?:\s+(?<note>\(.*\)))?\s*$", RegexOptions.Singleline)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^(?<label>.+?)\s*\((?<ref>[A-Z]{1,6}\d{1,6})\)$")]
    private static partial Regex InLabel();

    /// <summary>Splits a head; returns false when the text starts with no reference at all.</summary>
    public static bool TrySplit(string text, out string reference, out string title) => TrySplit(text, out reference, out title, out _);

    /// <summary>
    /// Splits a head; <paramref name="note"/> is the words in parentheses after a bare reference
    /// (<c>XY6 (details on the company page)</c>), which make it a reference to a story told elsewhere.
    /// </summary>
    public static bool TrySplit(string text, out string reference, out string title, out string? note)
    {
        note = null;
        var m = Numbered().Match(text);
        if (!m.Success) m = Placeholder().Match(text);
        if (m.Success)
        {
            reference = m.Groups["ref"].Value;
            title = m.Groups["title"].Value.Trim();
            return true;
        }
        m = Bare().Match(text);
        if (m.Success)
        {
            reference = m.Groups["ref"].Value;
            title = "";
            note = m.Groups["note"].Success ? m.Groups["note"].Value : null;
            return true;
        }
        reference = "";
        title = text.Trim();
        return false;
    }

    /// <summary>Splits a label that names its story, <c>Summary (EN1)</c>, into the label and the ID.</summary>
    public static bool TrySplitLabel(string label, out string name, out string reference)
    {
        var m = InLabel().Match(label);
        name = m.Success ? m.Groups["label"].Value : label;
        reference = m.Success ? m.Groups["ref"].Value : "";
        return m.Success;
    }

    /// <summary>
    /// True for a labelled point that only cites another story, <c>**Backup story:** XY8</c> or <c>**See:** XY8
    /// (details on the company page)</c>: it is a reference for the check, never a part of the story it stands beside.
    /// </summary>
    public static bool IsCitation(TellMe.Bank.Part part) =>
        part.Label.Length > 0 && part.Content.Items.IsDefaultOrEmpty && CitedId(part.Content.Inline) is not null;

    /// <summary>The story ID a text consists of (<c>XY8</c>, <c>XY8 (see the company page)</c>), or null.</summary>
    public static string? CitedId(string? text)
    {
        if (text is null) return null;
        var m = Bare().Match(text.Trim());
        return m.Success ? m.Groups["ref"].Value : null;
    }

    /// <summary>True for a placeholder reference such as <c>(New)</c>.</summary>
    public static bool IsPlaceholder(string reference) => reference.StartsWith('(');
}
