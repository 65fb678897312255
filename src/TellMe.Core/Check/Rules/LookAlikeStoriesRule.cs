using TellMe.Diagnostics;
using TellMe.Text;

namespace TellMe.Check.Rules;

/// <summary>
/// TM003: two story IDs that look like one story (IT5 and IT6 both "Migrated from MySQL 5.7 to 8.0").
/// Two titles look alike when nearly every content word of the shorter one is in the longer one and the
/// stories happened at the same company.
/// </summary>
public sealed class LookAlikeStoriesRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM003";
    /// <inheritdoc />
    public string Title => "two IDs that look like one story";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var stories = context.Bank.Stories.Where(s => s.Title.Length > 0)
            .Select(s => (Story: s, Words: WordSets.Of(s.Title))).ToList();
        // Bucket by company so a 10,000-story bank compares within companies only.
        foreach (var group in stories.GroupBy(s => (s.Story.Company ?? "").ToLowerInvariant()))
        {
            var list = group.ToList();
            for (int i = 0; i < list.Count; i++)
                for (int j = i + 1; j < list.Count; j++)
                {
                    var (a, wa) = list[i];
                    var (b, wb) = list[j];
                    if (WordSets.Shared(wa, wb) < 3 || WordSets.Overlap(wa, wb) < 0.75) continue;
                    context.Report(this, b.File, b.LineOf("title"),
                        $"{b.Id} \"{b.Title}\" looks like the same story as {a.Id} \"{a.Title}\"",
                        $"if they are one story, merge them and list {b.Id} under 'aliases' of {a.Id}", b.Title);
                }
        }
    }
}
