using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using TellMe.Bank;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Scheduling;

namespace TellMe.Bench;

/// <summary>
/// The drill's scheduling path over 100,000 cards: order the due queue (<see cref="DrillPlanner.DueQueue"/>) and
/// compute each due card's next state with FSRS-6 (fuzz on, as the drill runs it).
/// </summary>
[MemoryDiagnoser]
public class PracticeBenchmarks
{
    public const int CardCount = 100_000;
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FsrsScheduler _scheduler = new(FsrsParameters.Default with { EnableFuzz = true });
    private Dictionary<CardId, FsrsCard> _cards = [];

    [GlobalSetup]
    public void Setup() => _cards = Cards(CardCount);

    /// <summary>100,000 review cards with varied stability, difficulty and due times (half of them due).</summary>
    public static Dictionary<CardId, FsrsCard> Cards(int count)
    {
        var random = new Random(100_000);
        var cards = new Dictionary<CardId, FsrsCard>(count);
        for (int i = 0; i < count; i++)
        {
            double stability = 0.5 + random.NextDouble() * 60;
            var last = Now.AddDays(-random.Next(1, 90)).AddMinutes(-random.Next(0, 1440));
            cards[CardId.ForStory(StoryId.Create("B", i))] = new FsrsCard(
                Due: Now.AddHours(random.Next(-24 * 30, 24 * 30)), Stability: stability, Difficulty: 1 + random.NextDouble() * 9,
                ElapsedDays: random.Next(0, 30), ScheduledDays: random.Next(1, 60), LearningSteps: 0, Reps: random.Next(1, 20),
                Lapses: random.Next(0, 3), State: CardState.Review, LastReview: last);
        }
        return cards;
    }

    /// <summary>Schedules every card (rating Good) and orders the due queue.</summary>
    [Benchmark]
    public int ScheduleAndQueue100k() => Run(_scheduler, _cards);

    public static int Run(FsrsScheduler scheduler, Dictionary<CardId, FsrsCard> cards)
    {
        int due = DrillPlanner.DueQueue(cards, Now).Count;
        long checksum = 0;
        foreach (var card in cards.Values) checksum += scheduler.Next(card, Now, Rating.Good).Card.ScheduledDays;
        return due + (int)(checksum & 1);
    }

    /// <summary>Median of repeated runs after a warm-up, for a quick number without BenchmarkDotNet.</summary>
    public static void Once()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true });
        var cards = Cards(CardCount);
        for (int i = 0; i < 5; i++) Run(scheduler, cards);
        var times = new List<double>();
        for (int i = 0; i < 21; i++)
        {
            var watch = Stopwatch.StartNew();
            Run(scheduler, cards);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        double Median(Action action)
        {
            for (int i = 0; i < 5; i++) action();
            var t = new List<double>();
            for (int i = 0; i < 21; i++) { var w = Stopwatch.StartNew(); action(); t.Add(w.Elapsed.TotalMilliseconds); }
            t.Sort();
            return t[10];
        }
        var plain = new FsrsScheduler();
        var deck = cards.Keys.Select(id => new Card { Id = id, Title = id.Key }).ToList();
        var drilled = new HashSet<CardId>();
        Console.WriteLine($"  default parameters (fuzz off, ts-fsrs's default): queue + schedule {Median(() => Run(plain, cards)):0.0} ms; picking the next card from {CardCount:N0} (DrillPlanner.Next) {Median(() => DrillPlanner.Next(deck, cards, Now, new DrillOptions(), 0, drilled)):0.00} ms");
        Console.WriteLine($"  parts: due queue {Median(() => DrillPlanner.DueQueue(cards, Now)):0.0} ms; Next without fuzz {Median(() => { foreach (var c in cards.Values) plain.Next(c, Now, Rating.Good); }):0.0} ms; Next with fuzz {Median(() => { foreach (var c in cards.Values) scheduler.Next(c, Now, Rating.Good); }):0.0} ms");
        Console.WriteLine($"schedule {CardCount:N0} cards (FSRS-6 Next with fuzz) + order the due queue: median {times[10]:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms over 21 runs");
        var list = cards.Values.ToList();
        Console.WriteLine($"  the whole collection at once (FsrsScheduler.NextAll, both cores): with fuzz {Median(() => scheduler.NextAll(list, Now, Rating.Good)):0.0} ms, without {Median(() => plain.NextAll(list, Now, Rating.Good)):0.0} ms");
    }
}
