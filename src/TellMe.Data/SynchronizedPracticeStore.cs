using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Practice.Cards;

namespace TellMe.Data;

/// <summary>
/// A practice store shared by concurrent requests: every call runs under one lock (a SQLite connection serves one
/// caller at a time), and <see cref="Version"/> counts writes so that readers can cache what they computed from the
/// history until it changes. It is also the interview store (debriefed rounds, postings), under the same lock.
/// </summary>
public sealed class SynchronizedPracticeStore(IInterviewStore inner) : IInterviewStore
{
    private readonly Lock _lock = new();
    private long _version;

    /// <summary>Increases with every write (a sync that changed something, a review).</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <inheritdoc />
    public string Location => inner.Location;

    /// <inheritdoc />
    public CardSyncResult SyncCards(IEnumerable<Card> deck, DateTimeOffset now)
    {
        lock (_lock)
        {
            var result = inner.SyncCards(deck, now);
            if (result.Added.Length + result.Retired.Length + result.Returned.Length > 0) Interlocked.Increment(ref _version);
            return result;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredCard> Cards(bool includeRetired = false)
    {
        lock (_lock) return inner.Cards(includeRetired);
    }

    /// <inheritdoc />
    public void RecordReview(ReviewRecord review)
    {
        lock (_lock)
        {
            inner.RecordReview(review);
            Interlocked.Increment(ref _version);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<ReviewRecord> Reviews(CardId? card = null)
    {
        lock (_lock) return inner.Reviews(card);
    }

    /// <inheritdoc />
    public void RecordRound(InterviewRound round, IReadOnlyList<ReviewRecord> reviews, IReadOnlyCollection<Card>? deck)
    {
        lock (_lock)
        {
            inner.RecordRound(round, reviews, deck);
            Interlocked.Increment(ref _version);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<InterviewRound> Rounds(string companyKey)
    {
        lock (_lock) return inner.Rounds(companyKey);
    }

    /// <inheritdoc />
    public IReadOnlyList<CompanySummary> Companies()
    {
        lock (_lock) return inner.Companies();
    }

    /// <inheritdoc />
    public void SavePosting(SavedPosting posting)
    {
        lock (_lock)
        {
            inner.SavePosting(posting);
            Interlocked.Increment(ref _version);
        }
    }

    /// <inheritdoc />
    public SavedPosting? LatestPosting(string companyKey)
    {
        lock (_lock) return inner.LatestPosting(companyKey);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock) inner.Dispose();
    }
}
