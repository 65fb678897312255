using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Scheduling;

namespace TellMe.Tests.PracticeDrill;

public class DrillSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static DrillSession Begin(MemoryPracticeStore store, ManualTime time, global::TellMe.Bank.StoryBank? bank = null, DrillOptions? options = null, int seed = 1) =>
        DrillSession.Start(store, CardDeck.FromBank(bank ?? Banks.Small()), new FsrsScheduler(), new Prompts(QuestionSource.None), new Random(seed), time, options);

    [Fact]
    public void New_cards_come_in_mixed_kinds_and_each_review_is_saved_before_the_next_card()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time);
        Assert.Equal(4, session.Sync.Added.Length); // answer, principle, two stories
        var kinds = new List<CardKind>();
        while (session.Next() is { } turn)
        {
            Assert.Equal(kinds.Count, store.Reviews().Count);
            kinds.Add(turn.Card.Kind);
            var outcome = session.Rate(turn, Rating.Good);
            Assert.Equal(outcome.Review, store.Reviews().Last());
            time.Advance(TimeSpan.FromSeconds(30));
        }
        Assert.Equal([CardKind.Answer, CardKind.Principle, CardKind.Story, CardKind.Story], kinds);
        Assert.All(store.Cards(), c => Assert.Equal(CardState.Learning, c.Schedule.State));
    }

    [Fact]
    public void A_failed_card_comes_back_when_its_relearning_step_is_due()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time, options: new DrillOptions { NewCardsPerSession = 1 });
        var first = session.Next()!;
        var outcome = session.Rate(first, Rating.Again);
        Assert.Equal(Start.AddMinutes(1), outcome.NextDue);
        Assert.Null(session.Next()); // the only new card allowed was used; the failed one is not due yet
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(first.Card.Id, session.Next()!.Card.Id);
    }

    [Fact]
    public void Preview_shows_when_each_rating_brings_the_card_back_and_matches_the_rating()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time);
        var turn = session.Next()!;
        Assert.True(turn.Preview.Again.Card.Due < turn.Preview.Good.Card.Due);
        Assert.True(turn.Preview.Good.Card.Due < turn.Preview.Easy.Card.Due);
        Assert.Equal(turn.Preview.Easy.Card.Due, session.Rate(turn, Rating.Easy).NextDue);
    }

    [Fact]
    public void Nothing_due_ends_the_session_unless_drilling_ahead()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time);
        while (session.Next() is { } turn) session.Rate(turn, Rating.Easy);
        Assert.Null(session.Next());
        Assert.NotNull(session.NextDue());
        var ahead = Begin(store, time, options: new DrillOptions { IncludeNotDue = true });
        var seen = new HashSet<CardId>();
        while (ahead.Next() is { } turn) { Assert.True(seen.Add(turn.Card.Id)); ahead.Rate(turn, Rating.Good); }
        Assert.Equal(4, seen.Count);
    }

    [Fact]
    public void Skipped_cards_are_not_rated_and_not_offered_again()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time);
        var first = session.Next()!;
        session.Skip(first);
        Assert.NotEqual(first.Card.Id, session.Next()!.Card.Id);
        Assert.Empty(store.Reviews());
    }

    [Fact]
    public void Editing_the_bank_retires_cards_with_their_history_and_restores_them()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time);
        while (session.Next() is { } turn) session.Rate(turn, Rating.Good);
        var conflict = CardId.ForAnswer("Conflict");
        var before = store.Cards().Single(c => c.Id == conflict).Schedule;

        time.Advance(TimeSpan.FromDays(1));
        var without = Begin(store, time, Banks.Small(withAnswer: false));
        Assert.Equal(conflict, Assert.Single(without.Sync.Retired));
        Assert.DoesNotContain(store.Cards(), c => c.Id == conflict);
        Assert.Single(store.Reviews(conflict));
        while (without.Next() is { } turn) { Assert.NotEqual(conflict, turn.Card.Id); without.Skip(turn); }

        time.Advance(TimeSpan.FromDays(1));
        var back = Begin(store, time);
        Assert.Equal(conflict, Assert.Single(back.Sync.Returned));
        Assert.Equal(before, store.Cards().Single(c => c.Id == conflict).Schedule);
        Assert.Single(store.Reviews(conflict));
    }

    [Fact]
    public void Review_records_the_prompt_predicted_recall_and_answer_words()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time, options: new DrillOptions { NewCardsPerSession = 1 });
        var turn = session.Next()!;
        time.Advance(TimeSpan.FromSeconds(90));
        var first = session.Rate(turn, Rating.Good, "I organised a meeting").Review;
        Assert.Null(first.PredictedRecall);
        Assert.Equal(turn.Prompt.Text, first.Prompt);
        Assert.Equal(4, first.AnswerWords);
        Assert.Equal(TimeSpan.FromSeconds(90), first.AnswerTime);

        time.Advance(TimeSpan.FromDays(3));
        var again = Begin(store, time, options: new DrillOptions { NewCardsPerSession = 0 });
        var next = again.Next()!;
        Assert.Equal(turn.Card.Id, next.Card.Id);
        var second = again.Rate(next, Rating.Good).Review;
        Assert.NotNull(second.PredictedRecall);
        Assert.InRange(second.PredictedRecall!.Value, 0, 1);
    }

    [Fact]
    public void A_clock_set_back_does_not_break_scheduling()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = Begin(store, time, options: new DrillOptions { IncludeNotDue = true });
        session.Rate(session.Next()!, Rating.Good);
        time.Now = Start.AddDays(-2);
        var turn = session.Next()!;
        session.Rate(turn, Rating.Good);
        Assert.Equal(2, store.Reviews().Count);
    }

    [Fact]
    public void Planner_orders_a_large_due_queue_by_due_time()
    {
        var random = new Random(9);
        var schedules = Enumerable.Range(0, 10_000).ToDictionary(
            i => CardId.ForStory(global::TellMe.Bank.StoryId.Create("X", i)),
            i => FsrsCard.CreateNew(Start) with { State = CardState.Review, Stability = 5, Difficulty = 5, Reps = 1, Due = Start.AddHours(random.Next(-200, 200)), LastReview = Start.AddDays(-10) });
        var queue = DrillPlanner.DueQueue(schedules, Start);
        Assert.Equal(schedules.Count(s => s.Value.Due <= Start), queue.Count);
        Assert.True(queue.Zip(queue.Skip(1)).All(p => p.First.Schedule.Due <= p.Second.Schedule.Due));
    }
}
