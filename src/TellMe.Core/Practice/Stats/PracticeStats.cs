using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Practice.Stats;

/// <summary>Cards falling due on one day.</summary>
/// <param name="Date">The day, in the user's time zone.</param>
/// <param name="Count">How many cards fall due that day.</param>
public sealed record DueDay(DateOnly Date, int Count);

/// <summary>Reviews on one day.</summary>
/// <param name="Date">The day, in the user's time zone.</param>
/// <param name="Reviews">Reviews that day.</param>
/// <param name="Again">Of which rated Again.</param>
public sealed record ReviewDay(DateOnly Date, int Reviews, int Again);

/// <summary>How long answers took on one day (prompt to reveal), for reviews that timed it.</summary>
/// <param name="Date">The day, in the user's time zone.</param>
/// <param name="Answers">Timed reviews that day.</param>
/// <param name="Median">Median answer time; null when none was timed.</param>
public sealed record AnswerTimeDay(DateOnly Date, int Answers, TimeSpan? Median);

/// <summary>Measured recall against FSRS's prediction for reviews whose predicted recall fell in a range.</summary>
/// <param name="From">Lower bound of predicted recall (inclusive).</param>
/// <param name="To">Upper bound (exclusive, except 1.0).</param>
/// <param name="Reviews">How many reviews.</param>
/// <param name="Predicted">Mean predicted recall of those reviews.</param>
/// <param name="Measured">Share of them recalled (not rated Again).</param>
public sealed record RecallBucket(double From, double To, int Reviews, double Predicted, double Measured);

/// <summary>A card that is hardest to keep.</summary>
/// <param name="Id">The card.</param>
/// <param name="Title">What a reader recognises it by: the key or principle, or the story's title (not its ID).</param>
/// <param name="State">Learning and relearning cards (new, or just failed) come first.</param>
/// <param name="Retrievability">FSRS's probability of recall now, at the real time since the last review; null for a
/// card in (re)learning steps, whose same-day memory the long-term curve does not describe.</param>
/// <param name="Stability">Days for recall to fall to 90 %.</param>
/// <param name="Lapses">Times it was forgotten after being learned.</param>
/// <param name="Reps">Reviews.</param>
/// <param name="Due">When it is due.</param>
/// <param name="LastRating">The rating of its last review, if it has one in the history.</param>
public sealed record WeakCard(CardId Id, string Title, CardState State, double? Retrievability, double Stability, int Lapses, int Reps,
    DateTimeOffset Due, Rating? LastRating);

/// <summary>How well a competency's cards are known.</summary>
/// <param name="Competency">The competency's name ("Earn trust", "Conflict with a peer"), or "other".</param>
/// <param name="New">Cards never reviewed.</param>
/// <param name="Learning">Cards in (re)learning steps.</param>
/// <param name="Young">Review cards with stability under 21 days.</param>
/// <param name="Mature">Review cards with stability of 21 days or more.</param>
/// <param name="MeanRetrievability">Mean predicted recall now of the cards past their learning steps; null when there are none.</param>
/// <param name="Id">The competency's ID (a card's primary competency); null for "other". Rows are counted per ID, so a
/// front end can tell the bank's own principles from the general competencies.</param>
public sealed record MasteryRow(string Competency, int New, int Learning, int Young, int Mature, double? MeanRetrievability, CompetencyId? Id = null);

/// <summary>Everything <c>tellme stats</c> shows.</summary>
public sealed record StatsReport
{
    /// <summary>When the report was made.</summary>
    public required DateTimeOffset Now { get; init; }
    /// <summary>Cards in the bank.</summary>
    public required int Cards { get; init; }
    /// <summary>Cards never reviewed.</summary>
    public required int NewCards { get; init; }
    /// <summary>Retired cards (no longer in the bank, history kept).</summary>
    public required int RetiredCards { get; init; }
    /// <summary>All reviews ever saved.</summary>
    public required int TotalReviews { get; init; }
    /// <summary>Reviewed cards due now.</summary>
    public required int DueNow { get; init; }
    /// <summary>Cards falling due on each of the next days (today's remaining hours first).</summary>
    public required ImmutableArray<DueDay> DueNextDays { get; init; }
    /// <summary>Reviews per day over the recent past, oldest first.</summary>
    public required ImmutableArray<ReviewDay> ReviewsPerDay { get; init; }
    /// <summary>Median answer time per day over the same days as <see cref="ReviewsPerDay"/>, oldest first.</summary>
    public ImmutableArray<AnswerTimeDay> AnswerTimes { get; init; } = [];
    /// <summary>Measured recall against predicted retrievability.</summary>
    public required ImmutableArray<RecallBucket> Recall { get; init; }
    /// <summary>The weakest cards, weakest first.</summary>
    public required ImmutableArray<WeakCard> Weakest { get; init; }
    /// <summary>Mastery per competency.</summary>
    public required ImmutableArray<MasteryRow> Mastery { get; init; }
}

/// <summary>Computes <see cref="StatsReport"/> from the deck and the history. Pure: time and time zone are parameters.</summary>
public static class PracticeStats
{
    /// <summary>Stability (days) from which a card counts as mature, as Anki counts it.</summary>
    public const double MatureStability = 21;

    private static readonly double[] BucketEdges = [0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0];

    /// <summary>The report.</summary>
    /// <param name="deck">The bank's cards.</param>
    /// <param name="stored">Stored cards, retired ones included.</param>
    /// <param name="reviews">All reviews.</param>
    /// <param name="scheduler">The scheduler, for retrievability.</param>
    /// <param name="now">The current time.</param>
    /// <param name="zone">The user's time zone, for days.</param>
    /// <param name="days">Days ahead for the due forecast (default 7).</param>
    /// <param name="historyDays">Days back for reviews per day (default 14).</param>
    /// <param name="weakest">How many weak cards to list (default 5).</param>
    public static StatsReport Compute(IReadOnlyList<Card> deck, IReadOnlyList<StoredCard> stored, IReadOnlyList<ReviewRecord> reviews,
        FsrsScheduler scheduler, DateTimeOffset now, TimeZoneInfo zone, int days = 7, int historyDays = 14, int weakest = 5)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(zone);
        var byId = stored.ToDictionary(s => s.Id);
        var lastRating = new Dictionary<CardId, (DateTimeOffset At, Rating Rating)>();
        foreach (var review in reviews)
            if (!lastRating.TryGetValue(review.CardId, out var seen) || review.ReviewedAt >= seen.At)
                lastRating[review.CardId] = (review.ReviewedAt, review.Rating);
        DateOnly Day(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);
        var today = Day(now);

        int dueNow = 0, fresh = 0;
        var dueDays = new int[days];
        var weak = new List<WeakCard>();
        // Counted per competency ID (the name is how the bank spells it); cards without a competency are "other".
        var mastery = new Dictionary<string, (CompetencyId? Id, string Name, int New, int Learning, int Young, int Mature, double RSum, int RCount)>(StringComparer.Ordinal);
        foreach (var card in deck)
        {
            var schedule = byId.TryGetValue(card.Id, out var s) ? s.Schedule : FsrsCard.CreateNew(now);
            string competency = card.Primary?.Id.ToString() ?? "";
            if (!mastery.TryGetValue(competency, out var row)) row = (card.Primary?.Id, card.Primary?.Name ?? "other", 0, 0, 0, 0, 0.0, 0);
            if (schedule.State == CardState.New)
            {
                fresh++;
                row.New++;
                mastery[competency] = row;
                continue;
            }
            double? r = RecallNow(scheduler, schedule, now);
            if (r is { } known)
            {
                row.RSum += known;
                row.RCount++;
            }
            if (schedule.State is CardState.Learning or CardState.Relearning) row.Learning++;
            else if (schedule.Stability >= MatureStability) row.Mature++;
            else row.Young++;
            mastery[competency] = row;
            if (schedule.Due <= now) dueNow++;
            else
            {
                int offset = Day(schedule.Due).DayNumber - today.DayNumber;
                if (offset >= 0 && offset < days) dueDays[offset]++;
            }
            weak.Add(new WeakCard(card.Id, DisplayTitle(card), schedule.State, r, schedule.Stability, schedule.Lapses, schedule.Reps, schedule.Due,
                lastRating.TryGetValue(card.Id, out var last) ? last.Rating : null));
        }

        var perDay = new (int Reviews, int Again)[historyDays];
        var times = new List<TimeSpan>[historyDays];
        foreach (var review in reviews)
        {
            int back = today.DayNumber - Day(review.ReviewedAt).DayNumber;
            if (back < 0 || back >= historyDays) continue;
            ref var d = ref perDay[historyDays - 1 - back];
            d.Reviews++;
            if (review.Rating == Rating.Again) d.Again++;
            if (review.AnswerTime is { } took) (times[historyDays - 1 - back] ??= []).Add(took);
        }

        var buckets = ImmutableArray.CreateBuilder<RecallBucket>();
        for (int b = 0; b + 1 < BucketEdges.Length; b++)
        {
            double from = BucketEdges[b], to = BucketEdges[b + 1];
            var inBucket = reviews.Where(r => r.PredictedRecall is { } p && p >= from && (p < to || (to == 1.0 && p <= 1.0))).ToList();
            if (inBucket.Count == 0) continue;
            buckets.Add(new RecallBucket(from, to, inBucket.Count, inBucket.Average(r => r.PredictedRecall!.Value), inBucket.Count(r => r.Recalled) / (double)inBucket.Count));
        }

        return new StatsReport
        {
            Now = now,
            Cards = deck.Count,
            NewCards = fresh,
            RetiredCards = stored.Count(s => s.IsRetired),
            TotalReviews = reviews.Count,
            DueNow = dueNow,
            DueNextDays = [.. dueDays.Select((c, i) => new DueDay(today.AddDays(i), c))],
            ReviewsPerDay = [.. perDay.Select((d, i) => new ReviewDay(today.AddDays(i - historyDays + 1), d.Reviews, d.Again))],
            AnswerTimes = [.. times.Select((t, i) => new AnswerTimeDay(today.AddDays(i - historyDays + 1), t?.Count ?? 0, t is null ? null : Median(t)))],
            Recall = buckets.ToImmutable(),
            // Cards just failed (relearning), then new ones still in learning steps, then the rest by recall now.
            Weakest = [.. weak.OrderBy(w => w.State switch { CardState.Relearning => 0, CardState.Learning => 1, _ => 2 })
                .ThenBy(w => w.Retrievability ?? 0).ThenByDescending(w => w.Lapses).ThenBy(w => w.Stability).ThenBy(w => w.Due).Take(weakest)],
            Mastery = [.. mastery.Values.OrderBy(m => m.Id is null ? 1 : 0).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Id?.ToString(), StringComparer.Ordinal)
                .Select(m => new MasteryRow(m.Name, m.New, m.Learning, m.Young, m.Mature, m.RCount == 0 ? null : m.RSum / m.RCount, m.Id))],
        };
    }

    private static TimeSpan Median(List<TimeSpan> values)
    {
        values.Sort();
        int mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /// <summary>
    /// Recall now on FSRS's forgetting curve at the real time since the last review. The scheduler's
    /// <see cref="FsrsScheduler.Retrievability(FsrsCard, DateTimeOffset)"/> counts whole days (as ts-fsrs does for
    /// scheduling), so every card reviewed in the last 24 hours read 100 %, a card just rated Again included. A card
    /// in (re)learning steps gets none: it is new or was just forgotten, comes back in minutes, and the long-term
    /// curve at a few minutes would say ~100 % for a card the user could not recall.
    /// </summary>
    public static double? RecallNow(FsrsScheduler scheduler, FsrsCard schedule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.State != CardState.Review || schedule.LastReview is not { } last || schedule.Stability <= 0) return null;
        return scheduler.Model.Retrievability(Math.Max(0, (now - last).TotalDays), schedule.Stability);
    }

    // A story card's title is its ID ("CR2"), which says nothing in a list: show the story's own title.
    private static string DisplayTitle(Card card) =>
        card.Kind == CardKind.Story && !card.Tellings.IsDefaultOrEmpty && card.Tellings[0].Title.Length > 0 ? card.Tellings[0].Title : card.Title;
}
