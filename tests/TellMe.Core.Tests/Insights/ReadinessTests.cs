using TellMe.Insights;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Scheduling;
using TellMe.Practice.Stats;
using TellMe.Tests.PracticeDrill;

namespace TellMe.Tests.Insights;

public class ReadinessTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Readiness_is_coverage_times_the_recall_of_the_covered_principles_cards()
    {
        var bank = Banks.Small();
        var deck = CardDeck.FromBank(bank);
        var scheduler = new FsrsScheduler();
        var store = new MemoryPracticeStore();

        // Nothing drilled: Dive Deep has a story (covered), Frugality has none; recall 0, so the figure is 0.
        var before = Assert.Single(Readiness.Of(bank, deck, store.Cards(true), scheduler, Start));
        Assert.Equal(2, before.Principles);
        Assert.Equal(1, before.Covered);
        Assert.Equal(0, before.Drilled);
        Assert.Equal(0.5, before.Coverage);
        Assert.Equal(0, before.Score);

        // Drill every card once (Easy: straight to review), then look a day and a half later.
        var time = new ManualTime(Start);
        var session = DrillSession.Start(store, deck, scheduler, new Prompts(QuestionSource.None), new Random(1), time, new DrillOptions());
        while (session.Next() is { } turn) session.Rate(turn, Rating.Easy);
        var now = Start.AddHours(36);
        var after = Assert.Single(Readiness.Of(bank, deck, store.Cards(true), scheduler, now));

        // The principle's card is the deck's card of the principle's competency ID, and its recall is what stats shows.
        var principleCard = deck.Single(c => c.Kind == CardKind.Principle && c.Primary!.Id == new Competencies.CompetencyId("amazon", "dive-deep"));
        var schedule = store.Cards(true).Single(c => c.Id == principleCard.Id).Schedule;
        double recall = PracticeStats.RecallNow(scheduler, schedule, now)!.Value;
        Assert.InRange(recall, 0.5, 0.9999);
        Assert.Equal(1, after.Drilled);
        Assert.Equal(recall, after.MeanRecall, 12);
        Assert.Equal(0.5 * recall, after.Score, 12);
    }

    [Fact]
    public void A_principle_card_just_failed_counts_as_not_ready()
    {
        var bank = Banks.Small();
        var deck = CardDeck.FromBank(bank);
        var scheduler = new FsrsScheduler();
        var store = new MemoryPracticeStore();
        var time = new ManualTime(Start);
        var session = DrillSession.Start(store, deck, scheduler, new Prompts(QuestionSource.None), new Random(1), time, new DrillOptions());
        while (session.Next() is { } turn) session.Rate(turn, turn.Card.Kind == CardKind.Principle ? Rating.Again : Rating.Easy);

        var readiness = Assert.Single(Readiness.Of(bank, deck, store.Cards(true), scheduler, Start.AddMinutes(2)));
        Assert.Equal(1, readiness.Drilled);
        Assert.Equal(0, readiness.Score); // was ~100 % on whole-day retrievability for a card the user could not recall
    }
}
