using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import.Layouts;

/// <summary>What the readers of pages that list their stories (as headings or as bullets) share.</summary>
internal static class StoryLists
{
    /// <summary>
    /// True when most stories name their company in an <c>At:</c> point, so that a build writes one for each;
    /// a page whose stories are all at the company of its title has none.
    /// </summary>
    public static bool AtLines(IReadOnlyCollection<KvEntry> entries, bool plain) =>
        entries.Count > 0 &&
        entries.Count(e => e.Value.Any(n => Labels.TrySplit(n.Text, plain, out var s) && s.Style != LabelStyle.Bare &&
                                            s.Label.Equals("At", StringComparison.OrdinalIgnoreCase))) * 2 > entries.Count;

    /// <summary>
    /// The page after its stories, from the end of the last story's text (so the build, which ends the last story
    /// with its last visible character, joins it as written) up to the page's own ending.
    /// </summary>
    public static string Outro(string body, int start, string trailer)
    {
        int from = start;
        while (from > 0 && char.IsWhiteSpace(body[from - 1])) from--;
        int to = body.Length - trailer.Length;
        return to > from ? body[from..to] : "";
    }
}
