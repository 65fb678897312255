using TellMe.Practice.Scheduling;

namespace TellMe.Tests.Practice;

public class FsrsNextAllTests
{
    [Theory]
    [InlineData(100, false)]
    [InlineData(50_000, true)]
    [InlineData(50_000, false)]
    public void Scheduling_a_collection_at_once_gives_each_card_what_Next_gives_it(int count, bool fuzz)
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = fuzz });
        var now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var random = new Random(7);
        var cards = Enumerable.Range(0, count).Select(_ => new FsrsCard(
            Due: now.AddHours(random.Next(-500, 500)), Stability: 0.5 + random.NextDouble() * 60, Difficulty: 1 + random.NextDouble() * 9,
            ElapsedDays: random.Next(0, 30), ScheduledDays: random.Next(1, 60), LearningSteps: 0, Reps: random.Next(1, 20),
            Lapses: random.Next(0, 3), State: CardState.Review, LastReview: now.AddDays(-random.Next(1, 90)))).ToList();

        var all = scheduler.NextAll(cards, now, Rating.Good);

        Assert.Equal(count, all.Length);
        for (int i = 0; i < count; i++) Assert.Equal(scheduler.Next(cards[i], now, Rating.Good).Card, all[i]);
    }
}
