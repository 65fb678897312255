using TellMe.Practice.Cards;

namespace TellMe.Practice;

/// <summary>
/// The one way TellMe reads and writes practice history: cards with their schedules, and reviews.
/// </summary>
/// <remarks>
/// <para>Defined in Core, implemented in <c>TellMe.Data</c> (SQLite now, PostgreSQL for the hosted mode later):
/// the drill session and the statistics are Core logic and need the history, but Core must not depend on a
/// database. With the interface here, the dependency points inwards (Data → Core), Core's tests use an
/// in-memory store, and a second implementation needs no change to Core.</para>
/// <para>Every write is atomic: after <see cref="RecordReview"/> returns, the review and the card's new
/// schedule are durable together, or neither is.</para>
/// <para>Failures are <see cref="PracticeStoreException"/>s with a message for the user.</para>
/// </remarks>
public interface IPracticeStore : IDisposable
{
    /// <summary>Where the history lives, for messages (a file path, a server name).</summary>
    string Location { get; }

    /// <summary>
    /// Makes the stored cards match the bank's: new cards are added (new, due now), cards no longer in the bank
    /// are retired with their history, and retired cards that are back are restored with their schedule.
    /// </summary>
    CardSyncResult SyncCards(IEnumerable<Card> deck, DateTimeOffset now);

    /// <summary>The stored cards, by ID; retired ones only when asked for.</summary>
    IReadOnlyList<StoredCard> Cards(bool includeRetired = false);

    /// <summary>
    /// Saves a review and the card's new schedule in one transaction. Throws
    /// <see cref="PracticeStoreException"/> with <see cref="PracticeStoreError.Conflict"/> when the card's schedule
    /// is no longer the one the review started from (another drill reviewed it meanwhile).
    /// </summary>
    void RecordReview(ReviewRecord review);

    /// <summary>All reviews in time order, or those of one card.</summary>
    IReadOnlyList<ReviewRecord> Reviews(CardId? card = null);
}
