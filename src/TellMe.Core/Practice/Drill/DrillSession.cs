using System.Collections.Immutable;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;
using TellMe.Practice.Scheduling;

namespace TellMe.Practice.Drill;

/// <summary>One showing of a card: the prompt and what each rating would do.</summary>
/// <param name="Card">The card.</param>
/// <param name="Schedule">Its schedule before this review.</param>
/// <param name="Prompt">The question asked this time.</param>
/// <param name="ShownAt">When the prompt was shown.</param>
/// <param name="Preview">What each rating would do, as of <paramref name="ShownAt"/>.</param>
/// <param name="IsNew">True when the card has never been reviewed.</param>
public sealed record DrillTurn(Card Card, FsrsCard Schedule, CardPrompt Prompt, DateTimeOffset ShownAt, SchedulingPreview Preview, bool IsNew);

/// <summary>What a rating did: the saved review and when the card comes back.</summary>
/// <param name="Review">The review as saved.</param>
/// <param name="NextDue">When the card is due again.</param>
public sealed record DrillOutcome(ReviewRecord Review, DateTimeOffset NextDue);

/// <summary>
/// A drill session over a bank's cards: chooses cards, draws prompts, schedules ratings with FSRS and saves each
/// review through the store before the next card is chosen. Knows nothing of terminals or files; the clock and
/// the randomness are passed in, so a test can run a whole session at fixed times.
/// </summary>
public sealed class DrillSession
{
    private readonly IPracticeStore _store;
    private readonly FsrsScheduler _scheduler;
    private readonly Prompts _prompts;
    private readonly Random _random;
    private readonly TimeProvider _time;
    private readonly ImmutableArray<Card> _deck;
    private readonly ImmutableArray<Card> _order;
    private readonly Dictionary<CardId, FsrsCard> _schedules = [];
    private readonly Dictionary<CardId, string?> _lastPrompts = [];
    private readonly HashSet<CardId> _drilled = [];
    private readonly HashSet<CardId> _skipped = [];
    private int _newShown;

    private DrillSession(IPracticeStore store, ImmutableArray<Card> deck, FsrsScheduler scheduler, Prompts prompts, Random random,
        TimeProvider time, DrillOptions options, CardSyncResult sync)
    {
        (_store, _deck, _scheduler, _prompts, _random, _time, Options, Sync) = (store, deck, scheduler, prompts, random, time, options, sync);
        _order = Interleave(deck);
        foreach (var stored in store.Cards())
        {
            _schedules[stored.Id] = stored.Schedule;
            _lastPrompts[stored.Id] = stored.LastPrompt;
        }
    }

    /// <summary>Syncs the store's cards with <paramref name="deck"/> and starts a session.</summary>
    public static DrillSession Start(IPracticeStore store, ImmutableArray<Card> deck, FsrsScheduler scheduler, Prompts prompts,
        Random random, TimeProvider time, DrillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(time);
        var sync = store.SyncCards(deck, time.GetUtcNow());
        return new DrillSession(store, deck, scheduler, prompts, random, time, options ?? new DrillOptions(), sync);
    }

    /// <summary>The session's options.</summary>
    public DrillOptions Options { get; }

    /// <summary>What syncing the bank's cards changed.</summary>
    public CardSyncResult Sync { get; }

    /// <summary>The cards of the bank.</summary>
    public ImmutableArray<Card> Deck => _deck;

    /// <summary>How many reviews this session has saved.</summary>
    public int Reviewed { get; private set; }

    /// <summary>The scheduler in use.</summary>
    public FsrsScheduler Scheduler => _scheduler;

    /// <summary>The next card with its prompt, or null when nothing is left to drill now.</summary>
    public DrillTurn? Next()
    {
        var now = _time.GetUtcNow();
        var card = DrillPlanner.Next(_order, _schedules, now, Options, _newShown, _drilled, _skipped);
        if (card is null) return null;
        var schedule = _schedules.TryGetValue(card.Id, out var s) ? s : FsrsCard.CreateNew(now);
        var prompt = _prompts.Draw(card, _random, _lastPrompts.GetValueOrDefault(card.Id));
        var at = Clamp(schedule, now);
        return new DrillTurn(card, schedule, prompt, now, _scheduler.Preview(schedule, at), schedule.State == CardState.New);
    }

    /// <summary>When the next card not yet due falls due, for "nothing due until …" messages.</summary>
    public DateTimeOffset? NextDue()
    {
        var now = _time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var card in _deck)
            if (_schedules.TryGetValue(card.Id, out var s) && s.State != CardState.New && s.Due > now && (next is null || s.Due < next))
                next = s.Due;
        return next;
    }

    /// <summary>
    /// Rates a turn and saves the review (one transaction) before returning: once this returns, the review is
    /// durable. <paramref name="answer"/> is the typed answer, if any.
    /// </summary>
    public DrillOutcome Rate(DrillTurn turn, Rating rating, string? answer = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var now = _time.GetUtcNow();
        var at = Clamp(turn.Schedule, now);
        var result = _scheduler.Next(turn.Schedule, at, rating);
        var review = new ReviewRecord
        {
            Id = Guid.CreateVersion7(at).ToString(),
            CardId = turn.Card.Id,
            ReviewedAt = at,
            Rating = rating,
            Log = result.Log,
            After = result.Card,
            PredictedRecall = turn.Schedule.State == CardState.New ? null : _scheduler.Retrievability(turn.Schedule, at),
            Prompt = turn.Prompt.Text,
            AnswerWords = answer is null ? null : Language.WordSets.Words(answer).Count(),
            AnswerTime = now >= turn.ShownAt ? now - turn.ShownAt : null,
        };
        _store.RecordReview(review);
        _schedules[turn.Card.Id] = result.Card;
        _lastPrompts[turn.Card.Id] = turn.Prompt.Text;
        if (turn.IsNew && _drilled.Add(turn.Card.Id)) _newShown++;
        else _drilled.Add(turn.Card.Id);
        Reviewed++;
        return new DrillOutcome(review, result.Card.Due);
    }

    /// <summary>Feedback on a typed answer to a turn's card.</summary>
    public static AnswerFeedback Feedback(DrillTurn turn, string answer, FeedbackOptions options) =>
        FeedbackAnalyzer.Analyze(answer, turn.Card, options);

    /// <summary>Marks a turn's card as drilled without rating it (skipped), so it is not offered again this session.</summary>
    public void Skip(DrillTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.IsNew && _drilled.Add(turn.Card.Id)) _newShown++;
        else _drilled.Add(turn.Card.Id);
        _skipped.Add(turn.Card.Id);
    }

    // New cards come in mixed kinds (an answer, a principle, a story, an answer…), each kind in bank order, so a
    // first session is not all answers.
    private static ImmutableArray<Card> Interleave(ImmutableArray<Card> deck)
    {
        var queues = deck.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => new Queue<Card>(g)).ToList();
        var order = ImmutableArray.CreateBuilder<Card>(deck.Length);
        while (order.Count < deck.Length)
            foreach (var q in queues)
                if (q.Count > 0) order.Add(q.Dequeue());
        return order.MoveToImmutable();
    }

    // A clock set back must not make FSRS see a review before the last one.
    private static DateTimeOffset Clamp(FsrsCard schedule, DateTimeOffset now) =>
        schedule.LastReview is { } last && now < last ? last : now;
}
