using TellMe.Practice.Scheduling;

namespace TellMe.Tests.Practice;

/// <summary>
/// The pieces that make fuzz reproduce ts-fsrs: JavaScript rounding and number formatting,
/// the Alea PRNG, and the fuzz range; plus the scheduler-level guarantees of fuzz.
/// </summary>
public sealed class FsrsFuzzTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(3.5, 4)]
    [InlineData(1.4999999, 1)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(7.0, 7)]
    public void RoundFollowsJavaScriptMathRound(double value, double expected) =>
        Assert.Equal(expected, JsNumber.Round(value));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1.2345678901234567e20, "123456789012345670000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(365000.0, "365000")]
    [InlineData(-42.5, "-42.5")]
    [InlineData(6.610547945101, "6.610547945101")]
    public void NumbersAreFormattedAsJavaScriptStringDoes(double value, string expected)
    {
        Span<char> buffer = stackalloc char[64];
        Assert.True(JsNumber.TryFormat(value, buffer, out int written));
        Assert.Equal(expected, new string(buffer[..written]));
    }

    // Expected values were computed by running the alea() function inside the ts-fsrs 5.4.2
    // bundle on the same seeds.
    [Theory]
    [InlineData("1617923019994_1_0", 0.13429477205500007, 0.6475440766662359, 0.8483853538054973)]
    [InlineData("1700000000000_7_36.25", 0.7878065395634621, 0.3179276939481497, 0.4191866258624941)]
    [InlineData("hello", 0.8750656815245748, 0.33650841237977147, 0.6642807484604418)]
    public void AleaReproducesTsFsrsSequence(string seed, double first, double second, double third)
    {
        var random = new AleaRandom(seed);
        Assert.Equal(first, random.NextDouble());
        Assert.Equal(second, random.NextDouble());
        Assert.Equal(third, random.NextDouble());
        Assert.Equal(first, AleaRandom.FirstDouble(seed)); // the shortcut the fuzz uses
    }

    [Fact]
    public void SeedIsReviewTimeRepsAndStabilityTimesDifficulty()
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        Assert.Equal("1700000000000_7_36.25", IntervalFuzz.Seed(time, 7, 2.5, 14.5));
        Assert.Equal("1700000000000_1_0", IntervalFuzz.Seed(time, 1, 0, 0));
    }

    [Theory]
    [InlineData(3, 0, 36500, 2, 4)]      // delta = 1 + 0.15 * 0.5 = 1.075
    [InlineData(10, 0, 36500, 8, 12)]    // delta = 1 + 0.15 * 4.5 + 0.1 * 3 = 1.975
    [InlineData(100, 0, 36500, 93, 107)] // delta = 1 + 0.675 + 1.3 + 0.05 * 80 = 6.975
    [InlineData(100, 98, 36500, 99, 107)] // reviewed late: never shorter than already survived + 1
    [InlineData(100, 0, 100, 93, 100)]   // never past the maximum interval
    public void FuzzRangeWidensWithTheInterval(int interval, int elapsed, int maximum, int expectedMin, int expectedMax) =>
        Assert.Equal((expectedMin, expectedMax), IntervalFuzz.Range(interval, elapsed, maximum));

    [Fact]
    public void FuzzedIntervalsStayInRangeAndAreReproducible()
    {
        var plain = new FsrsScheduler(FsrsParameters.Default);
        var fuzzed = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true });
        var seen = new HashSet<int>();

        for (int minute = 0; minute < 600; minute += 7)
        {
            DateTimeOffset now = Start.AddDays(30).AddMinutes(minute);
            FsrsCard card = ReviewCard(stability: 40, difficulty: 5);

            int unfuzzed = plain.Next(card, now, Rating.Good).Card.ScheduledDays;
            int first = fuzzed.Next(card, now, Rating.Good).Card.ScheduledDays;
            int again = fuzzed.Next(card, now, Rating.Good).Card.ScheduledDays;

            (int min, int max) = IntervalFuzz.Range(unfuzzed, 30, 36500);
            Assert.InRange(first, min, max);
            Assert.Equal(first, again);
            seen.Add(first);
        }

        Assert.True(seen.Count > 3, "Fuzz should spread intervals over several days.");
    }

    [Fact]
    public void IntervalsUnderThreeDaysAreNotFuzzed()
    {
        var plain = new FsrsScheduler(FsrsParameters.Default);
        var fuzzed = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true });
        int compared = 0;
        for (double stability = 0.2; stability < 3; stability += 0.1)
        {
            FsrsCard card = ReviewCard(stability, difficulty: 8);
            for (int minute = 0; minute < 300; minute += 13)
            {
                DateTimeOffset now = Start.AddDays(1).AddMinutes(minute);
                int unfuzzed = plain.Next(card, now, Rating.Hard).Card.ScheduledDays;
                if (unfuzzed > 2) continue;
                Assert.Equal(unfuzzed, fuzzed.Next(card, now, Rating.Hard).Card.ScheduledDays);
                compared++;
            }
        }

        Assert.True(compared > 20, $"Only {compared} short intervals were compared.");
    }

    private static FsrsCard ReviewCard(double stability, double difficulty) =>
        new(Start, stability, difficulty, 0, (int)stability, 0, 5, 0, CardState.Review, Start);
}
