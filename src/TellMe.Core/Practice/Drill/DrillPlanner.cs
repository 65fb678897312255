using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Practice.Drill;

/// <summary>How a drill session chooses cards.</summary>
public sealed record DrillOptions
{
    /// <summary>How many never-seen cards one session introduces (default 10).</summary>
    public int NewCardsPerSession { get; init; } = 10;

    /// <summary>
    /// Also drill cards that are not due yet, soonest first (cramming before an interview). FSRS accounts for an
    /// early review: it raises stability less than a review on time.
    /// </summary>
    public bool IncludeNotDue { get; init; }
}

/// <summary>
/// Chooses the next card: first cards due now (earliest due first, so (re)learning steps come back on time),
/// then new cards in bank order up to the session's limit, then, when asked, cards not yet due. A card already
/// drilled in this session is not offered again unless it is due again (a failed card's relearning step).
/// </summary>
public static class DrillPlanner
{
    /// <summary>The next card to drill at <paramref name="now"/>, or null when there is none.</summary>
    /// <param name="deck">The bank's cards in order (only these can be drilled: retired cards cannot).</param>
    /// <param name="schedules">Stored schedules by card ID.</param>
    /// <param name="now">The current time.</param>
    /// <param name="options">Session options.</param>
    /// <param name="newShown">How many new cards this session has introduced.</param>
    /// <param name="drilled">Cards already drilled in this session.</param>
    /// <param name="skipped">Cards the user skipped in this session: not offered again, even when due.</param>
    public static Card? Next(IReadOnlyList<Card> deck, IReadOnlyDictionary<CardId, FsrsCard> schedules, DateTimeOffset now,
        DrillOptions options, int newShown, IReadOnlySet<CardId> drilled, IReadOnlySet<CardId>? skipped = null)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(options);
        Card? due = null, fresh = null, ahead = null;
        DateTimeOffset dueAt = DateTimeOffset.MaxValue, aheadAt = DateTimeOffset.MaxValue;
        bool newAllowed = newShown < options.NewCardsPerSession;
        foreach (var card in deck)
        {
            if (skipped is not null && skipped.Contains(card.Id)) continue;
            if (!schedules.TryGetValue(card.Id, out var s) || s.State == CardState.New)
            {
                if (newAllowed && fresh is null && !drilled.Contains(card.Id)) fresh = card;
                continue;
            }
            if (s.Due <= now)
            {
                if (s.Due < dueAt) (due, dueAt) = (card, s.Due);
            }
            else if (options.IncludeNotDue && !drilled.Contains(card.Id) && s.Due < aheadAt)
            {
                (ahead, aheadAt) = (card, s.Due);
            }
        }
        return due ?? fresh ?? ahead;
    }

    /// <summary>
    /// Cards due at <paramref name="now"/> (not new), earliest due first: the whole queue at once, for previews and
    /// benchmarks. One linear scan, then one sort on the due times' ticks.
    /// </summary>
    public static List<(CardId Id, FsrsCard Schedule)> DueQueue(IEnumerable<KeyValuePair<CardId, FsrsCard>> schedules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var keys = new List<long>();
        var items = new List<(CardId, FsrsCard)>();
        foreach (var (id, s) in schedules)
            if (s.State != CardState.New && s.Due <= now)
            {
                keys.Add(s.Due.UtcTicks);
                items.Add((id, s));
            }
        var keyArray = keys.ToArray();
        var itemArray = items.ToArray();
        Array.Sort(keyArray, itemArray);
        return [.. itemArray];
    }
}
