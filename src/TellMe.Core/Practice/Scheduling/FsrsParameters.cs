namespace TellMe.Practice.Scheduling;

/// <summary>
/// Everything that tunes the FSRS-6 scheduler. The defaults are those of the reference
/// implementation (ts-fsrs 5.x, FSRS-6), so a scheduler built from <see cref="Default"/>
/// produces the same schedule as ts-fsrs with default settings.
/// </summary>
/// <remarks>
/// The record is plain data: it is validated, and the weights clipped to their legal ranges,
/// when an <see cref="FsrsScheduler"/> is built from it, so a parameter set read from storage
/// can always be represented even if it is out of range.
/// </remarks>
public sealed record FsrsParameters
{
    /// <summary>Number of weights in an FSRS-6 parameter set.</summary>
    public const int WeightCount = 21;

    /// <summary>
    /// The FSRS-6 default weights, fitted by the FSRS authors on a large body of Anki review
    /// logs. w0–w3 are the initial stabilities for Again/Hard/Good/Easy, w4–w7 shape
    /// difficulty, w8–w16 the stability after recall and after a lapse, w17–w19 same-day
    /// (short-term) stability, and w20 the decay of the forgetting curve.
    /// </summary>
    public static IReadOnlyList<double> DefaultWeights { get; } = Array.AsReadOnly(new[]
    {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    });

    /// <summary>Default learning steps: 1 minute, then 10 minutes.</summary>
    public static IReadOnlyList<TimeSpan> DefaultLearningSteps { get; } =
        Array.AsReadOnly(new[] { TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10) });

    /// <summary>Default relearning steps: a single 10-minute step.</summary>
    public static IReadOnlyList<TimeSpan> DefaultRelearningSteps { get; } =
        Array.AsReadOnly(new[] { TimeSpan.FromMinutes(10) });

    /// <summary>The reference defaults.</summary>
    public static FsrsParameters Default { get; } = new();

    /// <summary>The 21 FSRS-6 model weights.</summary>
    public IReadOnlyList<double> Weights { get; init; } = DefaultWeights;

    /// <summary>
    /// The probability of recall at which a card falls due, in (0, 1]. 0.9 trades workload
    /// against forgetting well for most learners; higher values mean shorter intervals and
    /// many more reviews.
    /// </summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>
    /// The cap, in days, on the interval FSRS computes for a rating (default 100 years).
    /// As in ts-fsrs, the cap is applied before the intervals of the ratings are forced into
    /// strict order (Hard &lt; Good &lt; Easy, and Again &lt; Hard without short-term), so once
    /// Hard reaches the cap, Good and Easy are scheduled one and two days past it (up to three
    /// in long-term mode). Kept identical to the reference rather than clamped again, so that
    /// schedules stay comparable with it.
    /// </summary>
    public int MaximumInterval { get; init; } = 36500;

    /// <summary>
    /// Whether to randomise intervals of 3 days or more slightly, so that cards learned
    /// together do not stay bunched on the same days forever. Off by default, as in ts-fsrs;
    /// when on, the randomness is seeded from the review itself, so it is reproducible.
    /// </summary>
    public bool EnableFuzz { get; init; }

    /// <summary>
    /// Steps a new card goes through before it graduates to day-based scheduling. Whole
    /// minutes only (the reference expresses steps in m/h/d units); a step of a day or more
    /// graduates the card immediately with that interval.
    /// </summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = DefaultLearningSteps;

    /// <summary>Steps a forgotten review card goes through before it returns to review.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = DefaultRelearningSteps;

    /// <summary>
    /// Whether same-day reviews use FSRS-6's short-term stability model and the (re)learning
    /// steps. When false, every review is scheduled in whole days and the steps are ignored,
    /// as in ts-fsrs's long-term scheduler.
    /// </summary>
    public bool EnableShortTerm { get; init; } = true;
}
