using System.Globalization;
using TellMe.Practice.Scheduling;
using Xunit.Abstractions;

namespace TellMe.Tests.Practice;

/// <summary>
/// Replays every review history generated with ts-fsrs (tools/fsrs-vectors) through
/// <see cref="FsrsScheduler"/>. Dates, intervals, states and counters must match exactly;
/// stability, difficulty and retrievability to within 1e-6.
/// </summary>
public sealed class FsrsReferenceVectorTests
{
    private const double Tolerance = 1e-6;
    private const int MaxReportedFailures = 25;

    private readonly ITestOutputHelper _output;

    public FsrsReferenceVectorTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void VectorFileHoldsEnoughVariedHistories()
    {
        IReadOnlyList<VectorHistory> histories = FsrsVectors.All;

        Assert.True(histories.Count >= 1000, $"Expected at least 1000 histories, found {histories.Count}.");
        Assert.Contains(histories, h => h.Params.EnableFuzz);
        Assert.Contains(histories, h => !h.Params.EnableShortTerm);
        Assert.Contains(histories, h => h.Params.RequestRetention != 0.9);
        Assert.Contains(histories, h => h.Reviews.Any(r => r.State == (int)CardState.Relearning));
    }

    [Fact]
    public void EveryHistoryReplaysExactlyAsTsFsrsScheduledIt()
    {
        var failures = new List<string>();
        int reviews = 0;
        double maxStabilityError = 0;
        double maxDifficultyError = 0;
        double maxRetrievabilityError = 0;

        foreach (VectorHistory history in FsrsVectors.All)
        {
            var scheduler = new FsrsScheduler(history.Params.ToParameters());
            FsrsCard card = FsrsCard.CreateNew(FsrsVectors.Time(history.Start));

            for (int i = 0; i < history.Reviews.Count; i++)
            {
                VectorReview expected = history.Reviews[i];
                DateTimeOffset now = FsrsVectors.Time(expected.T);
                reviews++;

                double r = scheduler.Retrievability(card, now);
                maxRetrievabilityError = Math.Max(maxRetrievabilityError, Math.Abs(r - expected.R));

                card = scheduler.Next(card, now, (Rating)expected.Rating).Card;
                maxStabilityError = Math.Max(maxStabilityError, Math.Abs(card.Stability - expected.Stability));
                maxDifficultyError = Math.Max(maxDifficultyError, Math.Abs(card.Difficulty - expected.Difficulty));

                string? difference = Compare(card, expected);
                if (difference is null && Math.Abs(r - expected.R) > Tolerance)
                    difference = $"retrievability {r} vs {expected.R}";
                if (difference is not null)
                {
                    failures.Add($"history {history.Id} [{string.Join(",", history.Kinds)}] review {i} " +
                        $"(rating {expected.Rating} at {now:O}): {difference}");
                    break; // later reviews of this history would only repeat the same divergence
                }
            }
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{FsrsVectors.All.Count} histories, {reviews} reviews; max |dS| = {maxStabilityError:E3}, " +
            $"max |dD| = {maxDifficultyError:E3}, max |dR| = {maxRetrievabilityError:E3}"));
        Assert.True(failures.Count == 0,
            $"{failures.Count} histories diverge from ts-fsrs:\n" + string.Join("\n", failures.Take(MaxReportedFailures)));
    }

    [Fact]
    public void FuzzSeedsAreBuiltExactlyAsTsFsrsBuildsThem()
    {
        var failures = new List<string>();
        foreach (VectorHistory history in FsrsVectors.All.Where(h => h.Params.EnableFuzz))
        {
            FsrsCard previous = FsrsCard.CreateNew(FsrsVectors.Time(history.Start));
            foreach (VectorReview review in history.Reviews)
            {
                string seed = IntervalFuzz.Seed(FsrsVectors.Time(review.T), previous.Reps + 1, previous.Difficulty, previous.Stability);
                if (seed != review.Seed) failures.Add($"history {history.Id}: '{seed}' vs '{review.Seed}'");
                previous = ToCard(review, review.T);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(MaxReportedFailures)));
    }

    [Fact]
    public void PreviewMatchesTsFsrsRepeatForAllFourRatings()
    {
        var failures = new List<string>();
        int previews = 0;
        foreach (VectorHistory history in FsrsVectors.All.Where(h => h.Preview is not null))
        {
            var scheduler = new FsrsScheduler(history.Params.ToParameters());
            // Start from ts-fsrs's own final card so that this test checks Preview alone.
            VectorReview last = history.Reviews[^1];
            FsrsCard card = ToCard(last, last.T);
            SchedulingPreview preview = scheduler.Preview(card, FsrsVectors.Time(history.Preview!.T));
            previews++;

            Rating[] ratings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];
            for (int g = 0; g < ratings.Length; g++)
            {
                string? difference = Compare(preview[ratings[g]].Card, history.Preview.Outcomes[g]);
                if (difference is not null) failures.Add($"history {history.Id} preview {ratings[g]}: {difference}");
            }
        }

        Assert.True(previews > 300, $"Only {previews} previews in the vector file.");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(MaxReportedFailures)));
    }

    private static FsrsCard ToCard(VectorCard c, long lastReview) => new(
        FsrsVectors.Time(c.Due), c.Stability, c.Difficulty, c.ElapsedDays, c.ScheduledDays, c.LearningSteps,
        c.Reps, c.Lapses, (CardState)c.State, FsrsVectors.Time(lastReview));

    private static string? Compare(FsrsCard actual, VectorCard expected)
    {
        var problems = new List<string>();
        if (actual.Due.ToUnixTimeMilliseconds() != expected.Due)
            problems.Add($"due {actual.Due:O} vs {FsrsVectors.Time(expected.Due):O}");
        if (actual.ScheduledDays != expected.ScheduledDays)
            problems.Add($"scheduled_days {actual.ScheduledDays} vs {expected.ScheduledDays}");
        if ((int)actual.State != expected.State) problems.Add($"state {actual.State} vs {(CardState)expected.State}");
        if (actual.Reps != expected.Reps) problems.Add($"reps {actual.Reps} vs {expected.Reps}");
        if (actual.Lapses != expected.Lapses) problems.Add($"lapses {actual.Lapses} vs {expected.Lapses}");
        if (actual.LearningSteps != expected.LearningSteps)
            problems.Add($"learning_steps {actual.LearningSteps} vs {expected.LearningSteps}");
        if (actual.ElapsedDays != expected.ElapsedDays)
            problems.Add($"elapsed_days {actual.ElapsedDays} vs {expected.ElapsedDays}");
        if (!(Math.Abs(actual.Stability - expected.Stability) <= Tolerance))
            problems.Add($"stability {actual.Stability:R} vs {expected.Stability:R}");
        if (!(Math.Abs(actual.Difficulty - expected.Difficulty) <= Tolerance))
            problems.Add($"difficulty {actual.Difficulty:R} vs {expected.Difficulty:R}");
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
