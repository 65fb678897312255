using System.Globalization;
using TellMe.Practice.Scheduling;
using Xunit.Abstractions;

namespace TellMe.Tests.Practice;

/// <summary>
/// Scheduling allocates nothing but its result, so rescheduling a whole collection stays cheap.
/// Its speed is measured by the benchmarks in bench/, not here: tests check behaviour.
/// </summary>
public sealed class FsrsAllocationTests
{
    private const int CardCount = 100_000;
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 30, 0, TimeSpan.Zero);

    private readonly ITestOutputHelper _output;

    public FsrsAllocationTests(ITestOutputHelper output) => _output = output;

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
