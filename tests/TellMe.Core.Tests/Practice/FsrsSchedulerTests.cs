using TellMe.Practice.Scheduling;

namespace TellMe.Tests.Practice;

/// <summary>
/// How cards move through New → Learning → Review → Relearning with the default parameters
/// (learning steps 1m, 10m; relearning step 10m), and the scheduler's guarantees.
/// </summary>
public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = new();

    [Fact]
    public void NewCardAgainStartsTheFirstLearningStep()
    {
        FsrsCard card = _scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Again).Card;

        Assert.Equal(CardState.Learning, card.State);
        Assert.Equal(Start.AddMinutes(1), card.Due);
        Assert.Equal(0, card.LearningSteps);
        Assert.Equal(0, card.ScheduledDays);
        Assert.Equal(1, card.Reps);
        Assert.Equal(Start, card.LastReview);
        Assert.Equal(FsrsParameters.DefaultWeights[0], card.Stability);
    }

    [Fact]
    public void NewCardHardWaitsTheAverageOfTheFirstTwoSteps()
    {
        FsrsCard card = _scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Hard).Card;

        Assert.Equal(CardState.Learning, card.State);
        Assert.Equal(Start.AddMinutes(6), card.Due); // (1 + 10) / 2 = 5.5, rounded half up
        Assert.Equal(0, card.LearningSteps);
    }

    [Fact]
    public void NewCardGoodAdvancesToTheNextStep()
    {
        FsrsCard card = _scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Good).Card;

        Assert.Equal(CardState.Learning, card.State);
        Assert.Equal(Start.AddMinutes(10), card.Due);
        Assert.Equal(1, card.LearningSteps);
    }

    [Fact]
    public void NewCardEasyGraduatesWithTheInitialEasyStability()
    {
        FsrsCard card = _scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Easy).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(8, card.ScheduledDays); // w3 = 8.2956 days at 90% retention
        Assert.Equal(Start.AddDays(8), card.Due);
    }

    [Fact]
    public void GoodOnTheLastLearningStepGraduates()
    {
        FsrsCard card = FsrsCard.CreateNew(Start);
        card = _scheduler.Next(card, Start, Rating.Good).Card;
        card = _scheduler.Next(card, Start.AddMinutes(10), Rating.Good).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(0, card.LearningSteps);
        Assert.True(card.ScheduledDays >= 1);
        Assert.Equal(Start.AddMinutes(10).AddDays(card.ScheduledDays), card.Due);
    }

    [Fact]
    public void ForgettingAReviewCardStartsRelearningAndCountsALapse()
    {
        FsrsCard review = Graduated();
        DateTimeOffset now = review.Due;
        SchedulingResult result = _scheduler.Next(review, now, Rating.Again);

        Assert.Equal(CardState.Relearning, result.Card.State);
        Assert.Equal(now.AddMinutes(10), result.Card.Due);
        Assert.Equal(review.Lapses + 1, result.Card.Lapses);
        Assert.True(result.Card.Stability < review.Stability);

        FsrsCard relearned = _scheduler.Next(result.Card, now.AddMinutes(10), Rating.Good).Card;
        Assert.Equal(CardState.Review, relearned.State);
        Assert.Equal(review.Lapses + 1, relearned.Lapses);
    }

    [Fact]
    public void ReviewIntervalsAreStrictlyOrderedFromHardToEasy()
    {
        FsrsCard review = Graduated();
        for (int late = 0; late < 40; late += 3)
        {
            SchedulingPreview preview = _scheduler.Preview(review, review.Due.AddDays(late));
            Assert.True(preview.Hard.Card.ScheduledDays <= preview.Good.Card.ScheduledDays);
            Assert.True(preview.Good.Card.ScheduledDays < preview.Easy.Card.ScheduledDays);
            Assert.Equal(CardState.Relearning, preview.Again.Card.State);
        }
    }

    [Fact]
    public void PreviewEqualsNextForEachRating()
    {
        FsrsCard review = Graduated();
        DateTimeOffset now = review.Due.AddDays(2);
        SchedulingPreview preview = _scheduler.Preview(review, now);

        foreach (Rating rating in new[] { Rating.Again, Rating.Hard, Rating.Good, Rating.Easy })
        {
            Assert.Equal(_scheduler.Next(review, now, rating), preview[rating]);
        }
    }

    [Fact]
    public void LogRecordsTheStateBeforeTheReview()
    {
        FsrsCard review = Graduated();
        DateTimeOffset now = review.Due.AddDays(1);
        ReviewLog log = _scheduler.Next(review, now, Rating.Good).Log;

        Assert.Equal(Rating.Good, log.Rating);
        Assert.Equal(CardState.Review, log.State);
        Assert.Equal(review.Stability, log.Stability);
        Assert.Equal(review.Difficulty, log.Difficulty);
        Assert.Equal(review.ScheduledDays, log.ScheduledDays);
        Assert.Equal(review.ScheduledDays + 1, log.ElapsedDays);
        Assert.Equal(review.LastReview, log.Due);
        Assert.Equal(now, log.Review);
    }

    [Fact]
    public void ElapsedDaysCountUtcCalendarDays()
    {
        DateTimeOffset lateEvening = new(2025, 3, 10, 23, 50, 0, TimeSpan.Zero);
        FsrsCard card = _scheduler.Next(FsrsCard.CreateNew(lateEvening), lateEvening, Rating.Good).Card;

        FsrsCard next = _scheduler.Next(card, lateEvening.AddMinutes(20), Rating.Good).Card;

        Assert.Equal(1, next.ElapsedDays); // 20 minutes later, but the next UTC day
    }

    [Fact]
    public void MaximumIntervalCapsIntervalsBeforeTheRatingsAreOrdered()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { MaximumInterval = 30 });
        FsrsCard card = FsrsCard.CreateNew(Start);
        DateTimeOffset now = Start;
        for (int i = 0; i < 12; i++)
        {
            card = scheduler.Next(card, now, Rating.Easy).Card;
            now = card.Due;
        }

        // As in ts-fsrs: Hard is capped; Good and Easy then keep their strict order past the cap.
        SchedulingPreview preview = scheduler.Preview(card, now);
        Assert.Equal(30, preview.Hard.Card.ScheduledDays);
        Assert.Equal(31, preview.Good.Card.ScheduledDays);
        Assert.Equal(32, preview.Easy.Card.ScheduledDays);
    }

    [Fact]
    public void WithoutShortTermEveryReviewIsScheduledInDays()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableShortTerm = false });
        SchedulingPreview preview = scheduler.Preview(FsrsCard.CreateNew(Start), Start);

        int[] intervals = [.. new[] { preview.Again, preview.Hard, preview.Good, preview.Easy }.Select(r => r.Card.ScheduledDays)];
        Assert.All(new[] { preview.Again, preview.Hard, preview.Good, preview.Easy },
            r => Assert.Equal(CardState.Review, r.Card.State));
        Assert.True(intervals[0] < intervals[1] && intervals[1] < intervals[2] && intervals[2] < intervals[3]);
    }

    [Fact]
    public void NoLearningStepsGraduateNewCardsImmediately()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { LearningSteps = [] });
        FsrsCard card = scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Again).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(1, card.ScheduledDays);
    }

    [Fact]
    public void ALearningStepOfADayOrMoreGraduatesWithThatStep()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with
        {
            LearningSteps = [TimeSpan.FromMinutes(10), TimeSpan.FromDays(2)],
        });
        FsrsCard card = scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Good).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(2, card.ScheduledDays);
        Assert.Equal(Start.AddDays(2), card.Due);
        Assert.Equal(1, card.LearningSteps);
    }

    [Fact]
    public void TimeProviderSuppliesTheReviewTime()
    {
        var clock = new FixedTimeProvider(Start.AddHours(3));
        FsrsCard card = FsrsCard.CreateNew(Start);

        Assert.Equal(_scheduler.Next(card, Start.AddHours(3), Rating.Good), _scheduler.Next(card, clock, Rating.Good));
        Assert.Equal(_scheduler.Preview(card, Start.AddHours(3)), _scheduler.Preview(card, clock));
        Assert.Equal(0, _scheduler.Retrievability(card, clock));
    }

    [Fact]
    public void RetrievabilityIsZeroForNewCardsAndNinetyPercentAfterStabilityDays()
    {
        Assert.Equal(0, _scheduler.Retrievability(FsrsCard.CreateNew(Start), Start));

        FsrsCard review = new(Start.AddDays(20), 20, 5, 0, 20, 0, 3, 0, CardState.Review, Start);
        Assert.Equal(1, _scheduler.Retrievability(review, Start.AddHours(23)));
        Assert.Equal(0.9, _scheduler.Retrievability(review, Start.AddDays(20)), 6);
        Assert.True(_scheduler.Retrievability(review, Start.AddDays(60)) < 0.9);
    }

    [Fact]
    public void InvalidReviewsAreRejected()
    {
        FsrsCard card = _scheduler.Next(FsrsCard.CreateNew(Start), Start, Rating.Good).Card;

        Assert.Throws<ArgumentOutOfRangeException>(() => _scheduler.Next(card, Start.AddDays(-1), Rating.Good));
        Assert.Throws<ArgumentOutOfRangeException>(() => _scheduler.Next(card, Start, (Rating)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _scheduler.Next(card, Start, (Rating)5));
        Assert.Throws<ArgumentException>(() =>
            new FsrsScheduler(FsrsParameters.Default with { LearningSteps = [TimeSpan.FromSeconds(30)] }));
        Assert.Throws<ArgumentException>(() =>
            new FsrsScheduler(FsrsParameters.Default with { RelearningSteps = [TimeSpan.FromMinutes(-5)] }));
    }

    [Fact]
    public void SchedulingIsPureAndDeterministic()
    {
        FsrsCard review = Graduated();
        FsrsCard copy = review with { };
        DateTimeOffset now = review.Due.AddDays(3);

        SchedulingResult first = _scheduler.Next(review, now, Rating.Hard);
        SchedulingResult second = _scheduler.Next(review, now, Rating.Hard);

        Assert.Equal(first, second);
        Assert.Equal(copy, review);
    }

    private FsrsCard Graduated()
    {
        FsrsCard card = FsrsCard.CreateNew(Start);
        card = _scheduler.Next(card, Start, Rating.Good).Card;
        card = _scheduler.Next(card, Start.AddMinutes(10), Rating.Good).Card;
        return _scheduler.Next(card, card.Due, Rating.Good).Card;
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
