using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Tests.PracticeDrill;

namespace TellMe.Tests.Debrief;

/// <summary>
/// An in-memory <see cref="IInterviewStore"/> with the SQLite store's contract: the cards' sync, a round and its
/// reviews are applied all together or not at all (every review is checked before anything changes).
/// </summary>
internal sealed class MemoryInterviewStore : IInterviewStore
{
    private readonly MemoryPracticeStore _practice = new();
    private readonly List<InterviewRound> _rounds = [];
    private readonly List<SavedPosting> _postings = [];

    public string Location => "memory";

    public CardSyncResult SyncCards(IEnumerable<Card> deck, DateTimeOffset now) => _practice.SyncCards(deck, now);

    public IReadOnlyList<StoredCard> Cards(bool includeRetired = false) => _practice.Cards(includeRetired);

    public void RecordReview(ReviewRecord review) => _practice.RecordReview(review);

    public IReadOnlyList<ReviewRecord> Reviews(CardId? card = null) => _practice.Reviews(card);

    public void RecordRound(InterviewRound round, IReadOnlyList<ReviewRecord> reviews, IReadOnlyCollection<Card>? deck)
    {
        var reps = _practice.Cards(true).ToDictionary(c => c.Id, c => c.Schedule.Reps);
        foreach (var card in deck ?? []) reps.TryAdd(card.Id, 0); // what the sync would add, new
        foreach (var review in reviews)
        {
            if (!reps.TryGetValue(review.CardId, out int before) || before != review.After.Reps - 1)
                throw new PracticeStoreException(PracticeStoreError.Conflict, $"card {review.CardId} changed");
            reps[review.CardId] = review.After.Reps;
        }
        if (deck is not null) _practice.SyncCards(deck, round.RecordedAt);
        foreach (var review in reviews) _practice.RecordReview(review);
        _rounds.Add(round);
    }

    public IReadOnlyList<InterviewRound> Rounds(string companyKey) =>
        [.. _rounds.Where(r => r.CompanyKey == companyKey).OrderBy(r => r.HeldOn).ThenBy(r => r.RecordedAt)];

    public IReadOnlyList<CompanySummary> Companies() =>
        [.. _rounds.GroupBy(r => r.CompanyKey).Select(g => new CompanySummary(g.Last().Company, g.Key, g.Count(), g.Max(r => r.HeldOn), _postings.Any(p => p.CompanyKey == g.Key)))];

    public void SavePosting(SavedPosting posting) => _postings.Add(posting);

    public SavedPosting? LatestPosting(string companyKey) => _postings.LastOrDefault(p => p.CompanyKey == companyKey);

    public void Dispose() { }
}
