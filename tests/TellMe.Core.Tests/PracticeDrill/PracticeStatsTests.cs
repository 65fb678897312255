using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Scheduling;
using TellMe.Practice.Stats;

namespace TellMe.Tests.PracticeDrill;

public class PracticeStatsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Stats_count_due_reviews_recall_weak_cards_and_mastery()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var deck = CardDeck.FromBank(Banks.Small());
        var scheduler = new FsrsScheduler();
        // Day 1: learn all four; day 2..: review whatever is due, failing the answer card every time.
        for (int day = 0; day < 10; day++)
        {
            var session = DrillSession.Start(store, deck, scheduler, new Prompts(QuestionSource.None), new Random(day), time,
                new DrillOptions { IncludeNotDue = day == 0 });
            while (session.Next() is { } turn)
                session.Rate(turn, turn.Card.Kind == CardKind.Answer && day > 0 ? Rating.Again : Rating.Good);
            time.Advance(TimeSpan.FromDays(1));
        }
        var now = time.Now;
        var report = PracticeStats.Compute(deck, store.Cards(true), store.Reviews(), scheduler, now, TimeZoneInfo.Utc);

        Assert.Equal(4, report.Cards);
        Assert.Equal(0, report.NewCards);
        Assert.Equal(store.Reviews().Count, report.TotalReviews);
        Assert.Equal(store.Cards().Count(c => c.Schedule.Due <= now), report.DueNow);
        Assert.Equal(7, report.DueNextDays.Length);
        Assert.Equal(14, report.ReviewsPerDay.Length);
        Assert.Equal(DateOnly.FromDateTime(now.UtcDateTime), report.ReviewsPerDay[^1].Date);
        Assert.Equal(store.Reviews().Count(r => r.ReviewedAt > now.AddDays(-14)), report.ReviewsPerDay.Sum(d => d.Reviews));
        Assert.NotEmpty(report.Recall);
        Assert.All(report.Recall, b => { Assert.InRange(b.Measured, 0, 1); Assert.InRange(b.Predicted, b.From, b.To); });
        Assert.Equal("answer:conflict", report.Weakest[0].Id.ToString());
        Assert.Contains(report.Mastery, m => m.Competency == "Dive Deep");
        Assert.Equal(4, report.Mastery.Sum(m => m.New + m.Learning + m.Young + m.Mature));
    }

    [Fact]
    public void A_card_just_rated_Again_is_weakest_with_no_recall_figure_and_a_story_card_shows_its_title()
    {
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var deck = CardDeck.FromBank(Banks.Small());
        var scheduler = new FsrsScheduler();
        var session = DrillSession.Start(store, deck, scheduler, new Prompts(QuestionSource.None), new Random(1), time, new DrillOptions());
        while (session.Next() is { } turn)
            session.Rate(turn, turn.Card.Kind == CardKind.Story ? Rating.Again : Rating.Easy);
        time.Advance(TimeSpan.FromMinutes(1));
        var report = PracticeStats.Compute(deck, store.Cards(true), store.Reviews(), scheduler, time.Now, TimeZoneInfo.Utc);

        var weakest = report.Weakest[0];
        Assert.Equal(CardKind.Story, weakest.Id.Kind);
        Assert.Equal(Rating.Again, weakest.LastRating);
        Assert.Null(weakest.Retrievability); // was 1.0: "100 %" for a card the user could not recall
        Assert.Equal(deck.Single(c => c.Id == weakest.Id).Tellings[0].Title, weakest.Title);
        Assert.NotEqual(weakest.Id.Key, weakest.Title);
    }

    [Fact]
    public void Recall_now_follows_the_real_time_since_the_review_not_whole_days()
    {
        var scheduler = new FsrsScheduler();
        var learned = scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Easy).Card; // a review card, stability of days
        Assert.Equal(CardState.Review, learned.State);
        double halfDay = PracticeStats.RecallNow(scheduler, learned, Start.AddHours(12))!.Value;
        Assert.Equal(1.0, scheduler.Retrievability(learned, Start.AddHours(12))); // whole days: still 100 %
        Assert.InRange(halfDay, 0.9, 0.9999);
        Assert.True(PracticeStats.RecallNow(scheduler, learned, Start.AddDays(3)) < halfDay);
    }

    [Fact]
    public void Stats_without_history_show_every_card_as_new()
    {
        var deck = CardDeck.FromBank(Banks.Fixtures);
        var report = PracticeStats.Compute(deck, [], [], new FsrsScheduler(), Start, TimeZoneInfo.Utc);
        Assert.Equal(deck.Length, report.NewCards);
        Assert.Equal(0, report.DueNow);
        Assert.Empty(report.Weakest);
        Assert.Empty(report.Recall);
        Assert.Equal(deck.Length, report.Mastery.Sum(m => m.New));
    }
}
