using TellMe.Diagnostics;
using TellMe.Language;

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
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var stories = context.Bank.Stories.Where(s => s.Title.Length > 0)
            .Select(s => (Story: s, Words: WordSets.Of(s.Title, stems))).ToList();
        // Within each company, candidates come from an inverted index over title words, so a bank of
        // 10,000 stories compares the pairs that share words instead of all pairs. Words found in very many
        // titles (over 5% of a large company's stories) say nothing about sameness and are not indexed.
        foreach (var group in stories.GroupBy(s => (s.Story.Company ?? "").ToLowerInvariant()))
        {
            var list = group.ToList();
            int common = Math.Max(50, list.Count / 20);
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < list.Count; i++)
                foreach (var word in list[i].Words)
                    (postings.TryGetValue(word, out var p) ? p : postings[word] = []).Add(i);
            var shared = new Dictionary<int, int>();
            for (int j = 0; j < list.Count; j++)
            {
                shared.Clear();
                foreach (var word in list[j].Words)
                {
                    var p = postings[word];
                    if (p.Count > common) continue;
                    foreach (int i in p)
                    {
                        if (i >= j) break;
                        shared[i] = shared.GetValueOrDefault(i) + 1;
                    }
                }
                foreach (var (i, count) in shared.OrderBy(kv => kv.Key))
                {
                    if (count < 3) continue;
                    var (a, wa) = list[i];
                    var (b, wb) = list[j];
                    if (WordSets.Overlap(wa, wb) < 0.75) continue;
                    context.Report(this, b.File, b.LineOf("title"),
                        $"{b.Id} \"{b.Title}\" looks like the same story as {a.Id} \"{a.Title}\"",
                        $"if they are one story, merge them and list {b.Id} under 'aliases' of {a.Id}", b.Title);
                }
            }
        }
    }
}
