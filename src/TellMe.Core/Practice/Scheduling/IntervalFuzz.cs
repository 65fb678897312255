using System.Globalization;

namespace TellMe.Practice.Scheduling;

/// <summary>
/// Interval fuzz as ts-fsrs applies it. Without fuzz, cards introduced on the same day with
/// the same answers stay due on the same days forever, producing lumpy workloads; fuzz
/// spreads them by a few percent. The random draw is seeded from the review itself
/// (review time, repetition count, and stability × difficulty before the review), so the
/// same review always gets the same interval, which keeps scheduling reproducible and
/// testable without any global random state.
/// </summary>
internal static class IntervalFuzz
{
    /// <summary>Large enough for "{ms}_{reps}_{number}" with any inputs.</summary>
    public const int MaxSeedLength = 96;

    /// <summary>
    /// The fuzz factor in [0, 1) for a review. ts-fsrs draws it once per review, so all four
    /// ratings of one review share it.
    /// </summary>
    public static double Factor(DateTimeOffset reviewTime, int repsAfterReview, double difficulty, double stability)
    {
        Span<char> seed = stackalloc char[MaxSeedLength];
        int length = WriteSeed(seed, reviewTime, repsAfterReview, difficulty, stability);
        return AleaRandom.FirstDouble(seed[..length]);
    }

    /// <summary>
    /// Writes ts-fsrs's default seed, <c>`${time}_${reps}_${difficulty * stability}`</c>,
    /// with the number laid out as JavaScript would.
    /// </summary>
    public static int WriteSeed(
        Span<char> destination, DateTimeOffset reviewTime, int repsAfterReview, double difficulty, double stability)
    {
        int length = 0;
        if (!reviewTime.ToUnixTimeMilliseconds().TryFormat(destination, out int n, default, CultureInfo.InvariantCulture))
            throw new ArgumentException("Seed buffer too small.", nameof(destination));
        length += n;
        destination[length++] = '_';
        if (!repsAfterReview.TryFormat(destination[length..], out n, default, CultureInfo.InvariantCulture))
            throw new ArgumentException("Seed buffer too small.", nameof(destination));
        length += n;
        destination[length++] = '_';
        if (!JsNumber.TryFormat(difficulty * stability, destination[length..], out n))
            throw new ArgumentException("Seed buffer too small.", nameof(destination));
        return length + n;
    }

    /// <summary>The seed as a string; for diagnostics and tests, not the hot path.</summary>
    public static string Seed(DateTimeOffset reviewTime, int repsAfterReview, double difficulty, double stability)
    {
        Span<char> seed = stackalloc char[MaxSeedLength];
        int length = WriteSeed(seed, reviewTime, repsAfterReview, difficulty, stability);
        return new string(seed[..length]);
    }

    /// <summary>
    /// The range an interval may be fuzzed into. The allowed spread grows with the interval
    /// (15% of the part between 2.5 and 7 days, 10% between 7 and 20, 5% beyond, plus one day),
    /// is never below 2 days, never past the maximum interval, and, when the card is being
    /// reviewed early, never shorter than the time it has already survived.
    /// </summary>
    public static (int Min, int Max) Range(double interval, int elapsedDays, int maximumInterval)
    {
        double delta = 1.0;
        delta += 0.15 * Math.Max(Math.Min(interval, 7.0) - 2.5, 0.0);
        delta += 0.10 * Math.Max(Math.Min(interval, 20.0) - 7.0, 0.0);
        delta += 0.05 * Math.Max(Math.Min(interval, double.PositiveInfinity) - 20.0, 0.0);

        interval = Math.Min(interval, maximumInterval);
        double min = Math.Max(2, JsNumber.Round(interval - delta));
        double max = Math.Min(JsNumber.Round(interval + delta), maximumInterval);
        if (interval > elapsedDays)
        {
            min = Math.Max(min, elapsedDays + 1);
        }

        min = Math.Min(min, max);
        return ((int)min, (int)max);
    }

    /// <summary>
    /// Fuzzes <paramref name="interval"/> with <paramref name="factor"/>; intervals under
    /// 2.5 days are left alone because a day either way would be a large relative change.
    /// </summary>
    public static int Apply(int interval, int elapsedDays, int maximumInterval, double factor)
    {
        if (interval < 2.5) return interval;
        (int min, int max) = Range(interval, elapsedDays, maximumInterval);
        return (int)Math.Floor(factor * (max - min + 1) + min);
    }
}
