using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using TellMe.Practice.Scheduling;
using Xunit.Abstractions;

namespace TellMe.Tests.Practice;

/// <summary>
/// Scheduling must stay cheap enough to reschedule a whole collection at once: 100,000
/// reviews well under 100 ms with the default parameters.
/// </summary>
/// <remarks>
/// Timings are only meaningful when TellMe.Core is JIT-optimised (a Release build); a Debug
/// build of Core runs with the optimiser disabled and is several times slower, so there the
/// test only guards against gross regressions. Each case reports the best of several runs,
/// which filters out noise from other work on the machine.
/// </remarks>
public sealed class FsrsPerformanceTests
{
    private const int CardCount = 100_000;
    private const int Runs = 15;
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);

    private static readonly bool CoreIsOptimized =
        typeof(FsrsScheduler).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    private readonly ITestOutputHelper _output;

    public FsrsPerformanceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void SchedulingOneHundredThousandCardsTakesWellUnder100Milliseconds()
    {
        double best = BestOf(new FsrsScheduler(FsrsParameters.Default));

        Assert.True(best < (CoreIsOptimized ? 100 : 500), $"Scheduling {CardCount} cards took {best:F1} ms.");
    }

    /// <summary>
    /// Fuzz has to hash a ~30-character seed per review with Alea's Mash, one strictly
    /// sequential chain of floating-point operations per character that cannot be shortened
    /// without changing the result, so it costs roughly as much again as the scheduling itself.
    /// </summary>
    [Fact]
    public void SchedulingOneHundredThousandCardsWithFuzzStaysFast()
    {
        double best = BestOf(new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true }));

        Assert.True(best < (CoreIsOptimized ? 150 : 1000), $"Scheduling {CardCount} fuzzed cards took {best:F1} ms.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NextAllocatesOnlyTheNewCardAndItsLog(bool fuzz)
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = fuzz });
        (FsrsCard[] cards, DateTimeOffset[] times, Rating[] ratings) = Workload();
        const int count = 20_000;
        for (int i = 0; i < count; i++) scheduler.Next(cards[i], times[i], ratings[i]); // warm up

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < count; i++) scheduler.Next(cards[i], times[i], ratings[i]);
        double perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count;

        // An FsrsCard and a ReviewLog are about 100 bytes each on 64-bit; nothing else may allocate.
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{perCall:F1} bytes per Next (fuzz {fuzz})"));
        Assert.True(perCall <= 256, $"Next allocated {perCall:F1} bytes per call.");
    }

    private double BestOf(FsrsScheduler scheduler)
    {
        (FsrsCard[] cards, DateTimeOffset[] times, Rating[] ratings) = Workload();
        var results = new FsrsCard[CardCount];

        double best = double.MaxValue;
        for (int run = 0; run < Runs; run++) // the first runs also warm up the JIT (tiered compilation)
        {
            long started = Stopwatch.GetTimestamp();
            for (int i = 0; i < cards.Length; i++)
            {
                results[i] = scheduler.Next(cards[i], times[i], ratings[i]).Card;
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Assert.All(results, card => Assert.True(card.Reps > 0));
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{CardCount} cards, fuzz {(scheduler.Parameters.EnableFuzz ? "on" : "off")}, " +
            $"{(CoreIsOptimized ? "optimized" : "unoptimized (Debug)")} Core: best {best:F1} ms"));
        return best;
    }

    /// <summary>A realistic mix: mostly review cards at various stabilities and delays, some (re)learning and new ones.</summary>
    private static (FsrsCard[], DateTimeOffset[], Rating[]) Workload()
    {
        var random = new Random(12345);
        var cards = new FsrsCard[CardCount];
        var times = new DateTimeOffset[CardCount];
        var ratings = new Rating[CardCount];
        for (int i = 0; i < CardCount; i++)
        {
            double stability = 0.5 + random.NextDouble() * 400;
            int scheduled = Math.Max(1, (int)stability);
            int kind = random.Next(10);
            cards[i] = kind switch
            {
                0 => FsrsCard.CreateNew(Start),
                1 => new FsrsCard(Start.AddMinutes(10), 2.3, 5.5, 0, 0, 1, 1, 0, CardState.Learning, Start),
                2 => new FsrsCard(Start.AddMinutes(10), stability / 4, 7, 0, 0, 0, 9, 2, CardState.Relearning, Start),
                _ => new FsrsCard(Start.AddDays(scheduled), stability, 1 + random.NextDouble() * 9, 0, scheduled, 0, 6, 1,
                    CardState.Review, Start),
            };
            times[i] = kind <= 2
                ? Start.AddMinutes(10 + random.Next(60))
                : Start.AddDays(scheduled * (0.5 + random.NextDouble())).AddMinutes(random.Next(1440));
            ratings[i] = (Rating)(1 + random.Next(4));
        }

        return (cards, times, ratings);
    }
}
