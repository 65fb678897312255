using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Import;
using TellMe.Practice;
using TellMe.Practice.Cards;

namespace TellMe.Tests.PracticeDrill;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan span) => Now += span;
}

/// <summary>An in-memory <see cref="IPracticeStore"/> with the same contract as the SQLite one.</summary>
internal sealed class MemoryPracticeStore : IPracticeStore
{
    private readonly Dictionary<CardId, StoredCard> _cards = [];
    private readonly List<ReviewRecord> _reviews = [];

    public string Location => "memory";

    public CardSyncResult SyncCards(IEnumerable<Card> deck, DateTimeOffset now)
    {
        var wanted = deck.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        var added = ImmutableArray.CreateBuilder<CardId>();
        var retired = ImmutableArray.CreateBuilder<CardId>();
        var returned = ImmutableArray.CreateBuilder<CardId>();
        foreach (var (id, card) in wanted)
        {
            if (!_cards.TryGetValue(id, out var known))
            {
                _cards[id] = new StoredCard { Id = id, Title = card.Title, FirstSeen = now, Schedule = global::TellMe.Practice.Scheduling.FsrsCard.CreateNew(now) };
                added.Add(id);
            }
            else
            {
                if (known.IsRetired) returned.Add(id);
                _cards[id] = known with { RetiredAt = null, Title = card.Title };
            }
        }
        foreach (var (id, known) in _cards.ToList())
            if (!known.IsRetired && !wanted.ContainsKey(id))
            {
                _cards[id] = known with { RetiredAt = now };
                retired.Add(id);
            }
        return new CardSyncResult(added.ToImmutable(), retired.ToImmutable(), returned.ToImmutable());
    }

    public IReadOnlyList<StoredCard> Cards(bool includeRetired = false) =>
        [.. _cards.Values.Where(c => includeRetired || !c.IsRetired).OrderBy(c => c.Id.ToString(), StringComparer.Ordinal)];

    public void RecordReview(ReviewRecord review)
    {
        var card = _cards[review.CardId];
        if (card.Schedule.Reps != review.After.Reps - 1) throw new PracticeStoreException(PracticeStoreError.Conflict, "conflict");
        _cards[review.CardId] = card with { Schedule = review.After, LastPrompt = review.Prompt };
        _reviews.Add(review);
    }

    public IReadOnlyList<ReviewRecord> Reviews(CardId? card = null) => [.. _reviews.Where(r => card is null || r.CardId == card)];

    public void Dispose() { }
}

internal static class Banks
{
    private static readonly Lazy<StoryBank> LazyFixtures = new(() =>
    {
        var result = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions]);
        Assert.False(result.HasErrors);
        return result.Bank;
    });

    /// <summary>The bank imported from the two fixture pages (21 stories, 33 answers, 16 principles).</summary>
    public static StoryBank Fixtures => LazyFixtures.Value;

    public static Story Story(string id, string title, params (string Label, string Text)[] sections) => new()
    {
        Id = StoryId.Parse(id),
        Title = title,
        Company = "Acme",
        Sections = [.. sections.Select(s => new Part(s.Label, Content.Text(s.Text)))],
    };

    public static Answer Answer(string key, string? story, params (string Label, string Text)[] points) => new()
    {
        Key = key,
        Story = story is null ? null : StoryId.Parse(story),
        Points = [.. points.Select(p => new Part(p.Label, Content.Text(p.Text)))],
    };

    public static StoryBank Small(bool withAnswer = true, bool withSecondStory = true)
    {
        var stories = new List<Story>
        {
            Story("AC1", "Cut p99 latency of the checkout API",
                ("Situation", "The checkout API had a p99 latency of 2 seconds during sales"),
                ("Task", "I had to bring it under 300 ms before Black Friday"),
                ("Action", "I profiled the service, found an N+1 query and added a cache"),
                ("Result", "p99 latency dropped from 2 s to 250 ms and conversion rose 4%")),
        };
        if (withSecondStory)
            stories.Add(Story("AC2", "Resolved a conflict over the release process",
                ("Situation", "Two teams disagreed about release trains"),
                ("Action", "I organised a meeting and proposed a shared checklist"),
                ("Result", "Releases stopped slipping")));
        var answers = withAnswer
            ? new[] { Answer("Conflict", "AC2", ("Situation", "{{ story }}"), ("Action", "{{ story }}"), ("Result", "{{ story }}")) }
            : [];
        var framework = new Framework
        {
            Id = "amazon",
            Name = "Amazon Leadership Principles",
            Principles =
            [
                new Principle { Id = "dive-deep", Name = "Dive Deep", Stories = [new StoryTelling { Story = StoryId.Parse("AC1") }] },
                new Principle { Id = "frugality", Name = "Frugality" },
            ],
        };
        return new StoryBank(new BankSettings(), stories, answers, [framework]);
    }
}
