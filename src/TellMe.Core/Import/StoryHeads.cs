using TellMe.Bank;
using TellMe.Check.Rules;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// The head of a story on a page that lists its stories as headings or bullets: <c>### LA5. Built a sync</c>,
/// <c>- **TM5. Cut CDN costs**</c>, <c>- TM5. Cut CDN costs</c>. A head needs a story ID (or a placeholder such
/// as <c>(New)</c>) and a title: a bare number (<c>1. Customer Obsession</c>) is a principle, not a story, and a
/// bare ID is a reference, not a telling. The STAR labels under a head are what make it a story rather than a
/// numbered list of something else.
/// </summary>
public static class StoryHeads
{
    private static readonly string[] StoryLabels = ["Summary", "Project", "Story"];

    /// <summary>Splits a head into its reference and title; false when the text is no story head.</summary>
    public static bool TrySplit(string text, out string reference, out string title)
    {
        string plain = Unbold(text.Trim());
        if (StoryReference.TrySplit(plain, out reference, out title, out var note) && note is null && title.Length > 0 &&
            (StoryId.TryParse(reference, out _) || StoryReference.IsPlaceholder(reference)))
            return true;
        reference = title = "";
        return false;
    }

    /// <summary>True when the head is written in bold as a whole: <c>**TM5. Title**</c>.</summary>
    public static bool IsBold(string text)
    {
        string t = text.Trim();
        return t.Length > 4 && t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal) &&
               t.IndexOf("**", 2, StringComparison.Ordinal) == t.Length - 2;
    }

    /// <summary>True for a label that names a part of a STAR story (<c>Situation</c>, <c>Problem</c>, <c>Outcome</c>…).</summary>
    public static bool IsStarLabel(string label) =>
        StarSections.Is(label, StarSections.Situation) || StarSections.Is(label, StarSections.Task) ||
        StarSections.Is(label, StarSections.Action) || StarSections.Is(label, StarSections.Result);

    /// <summary>True when one of the points (the text of bullets or lines under a head) is a STAR label.</summary>
    public static bool TellsStar(IEnumerable<string> points) =>
        points.Any(p => (Labels.TrySplit(p, out var s) || Labels.TrySplitPlain(p, out s)) && IsStarLabel(s.Label));

    /// <summary>
    /// True when a point under a head starts a story of its own (<c>Summary: CR2. …</c>, <c>Project: CR2</c>): the
    /// head is then a question that a story answers (<c>## Q1. A conflict</c>), not a story.
    /// </summary>
    public static bool CitesStory(IEnumerable<string> points)
    {
        foreach (string point in points)
        {
            if (!Labels.TrySplit(point, out var split) && !Labels.TrySplitPlain(point, out split)) continue;
            bool inLabel = StoryReference.TrySplitLabel(split.Label, out string name, out _);
            if (!StoryLabels.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            if (inLabel || StoryReference.TrySplit(split.Rest, out _, out _)) return true;
        }
        return false;
    }

    // "**TM5. Title**" → "TM5. Title"; "**TM5.** Title" and "**TM5**. Title" → "TM5. Title".
    private static string Unbold(string text) => text.Replace("**", "", StringComparison.Ordinal).Trim();
}
