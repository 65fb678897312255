using System.Collections.Immutable;
using System.Text;
using TellMe.Bank;
using TellMe.Practice.Cards;

namespace TellMe.Insights;

/// <summary>What a search hit is.</summary>
public enum SearchKind
{
    /// <summary>A story file.</summary>
    Story,
    /// <summary>An answer file.</summary>
    Answer,
}

/// <summary>One story or answer as the list shows it.</summary>
/// <param name="Kind">Story or answer.</param>
/// <param name="Key">The story ID or the answer key.</param>
/// <param name="Title">The story's title, or for an answer the title of the story it tells (empty when none).</param>
/// <param name="Company">The story's company.</param>
/// <param name="Tags">The story's tags.</param>
/// <param name="File">The bank-relative file.</param>
/// <param name="Words">How many words it has.</param>
public sealed record SearchEntry(SearchKind Kind, string Key, string Title, string? Company, ImmutableArray<string> Tags, string File, int Words);

/// <summary>What to look for: words that must all appear, and optional filters.</summary>
public sealed record SearchQuery
{
    /// <summary>Free text; every word must appear (case-insensitive) in the key, title, company, tags or text.</summary>
    public string? Text { get; init; }
    /// <summary>Only stories or only answers; null for both.</summary>
    public SearchKind? Kind { get; init; }
    /// <summary>Only this company (case-insensitive).</summary>
    public string? Company { get; init; }
    /// <summary>Only this tag (case-insensitive).</summary>
    public string? Tag { get; init; }
}

/// <summary>
/// Full-text search over a bank's stories and answers. Built once per bank (the bank is immutable), each entry's
/// text lower-cased once, so a search is one pass of substring tests: a few milliseconds over 20,000 files.
/// </summary>
public sealed class BankSearch
{
    private readonly ImmutableArray<(SearchEntry Entry, string Text)> _items;

    private BankSearch(ImmutableArray<(SearchEntry, string)> items) => _items = items;

    /// <summary>Every entry, stories (in ID order) first, then answers (in page order).</summary>
    public IEnumerable<SearchEntry> All => _items.Select(i => i.Entry);

    /// <summary>The companies of the bank's stories, sorted.</summary>
    public ImmutableArray<string> Companies { get; private init; } = [];

    /// <summary>The tags of the bank's stories, sorted.</summary>
    public ImmutableArray<string> Tags { get; private init; } = [];

    /// <summary>Indexes a bank.</summary>
    public static BankSearch Build(StoryBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var items = ImmutableArray.CreateBuilder<(SearchEntry, string)>(bank.Stories.Length + bank.Answers.Length);
        foreach (var story in bank.Stories)
        {
            var text = new StringBuilder().Append(story.Id.Value).Append(' ').Append(story.Title).Append(' ').Append(story.Company).Append(' ');
            foreach (var tag in story.Tags) text.Append(tag).Append(' ');
            foreach (var part in story.Sections) text.Append(part.Label).Append(' ').Append(part.Content.PlainText).Append(' ');
            string plain = text.ToString();
            items.Add((new SearchEntry(SearchKind.Story, story.Id.Value, story.Title, story.Company, story.Tags, story.File, Words(plain)), plain.ToLowerInvariant()));
        }
        foreach (var answer in bank.Answers)
        {
            var story = answer.Story is { } id ? bank.Find(id) : null;
            var text = new StringBuilder().Append(answer.Key).Append(' ').Append(answer.Story?.Value ?? answer.StoryRef).Append(' ').Append(story?.Title).Append(' ');
            foreach (var part in answer.Points) text.Append(part.Label).Append(' ').Append(part.Content.PlainText).Append(' ');
            string plain = text.ToString();
            items.Add((new SearchEntry(SearchKind.Answer, answer.Key, story?.Title ?? "", story?.Company, [], answer.File, Words(plain)), plain.ToLowerInvariant()));
        }
        return new BankSearch(items.MoveToImmutable())
        {
            Companies = [.. bank.Stories.Select(s => s.Company).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            Tags = [.. bank.Stories.SelectMany(s => s.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>The entries that match, in index order.</summary>
    public IEnumerable<SearchEntry> Find(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string[] words = (query.Text ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var (entry, text) in _items)
        {
            if (query.Kind is { } kind && entry.Kind != kind) continue;
            if (!string.IsNullOrEmpty(query.Company) && !string.Equals(entry.Company, query.Company, StringComparison.OrdinalIgnoreCase)) continue;
            if (!string.IsNullOrEmpty(query.Tag) && !entry.Tags.Contains(query.Tag, StringComparer.OrdinalIgnoreCase)) continue;
            bool all = true;
            foreach (var word in words)
                if (!text.Contains(word, StringComparison.Ordinal)) { all = false; break; }
            if (all) yield return entry;
        }
    }

    private static int Words(string text) => Language.WordSets.Words(text).Count;
}
