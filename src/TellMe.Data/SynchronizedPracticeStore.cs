using TellMe.Practice;
using TellMe.Practice.Cards;

namespace TellMe.Data;

/// <summary>
/// A practice store shared by concurrent requests: every call runs under one lock (a SQLite connection serves one
/// caller at a time), and <see cref="Version"/> counts writes so that readers can cache what they computed from the
/// history until it changes.
/// </summary>
public sealed class SynchronizedPracticeStore(IPracticeStore inner) : IPracticeStore
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
    public void Dispose()
    {
        lock (_lock) inner.Dispose();
    }
}
