namespace TellMe.Practice.Scheduling;

/// <summary>
/// The FSRS-6 memory model: how stability and difficulty evolve with each review, and how
/// likely a card is to be recalled after a given time. It knows nothing about dates, steps
/// or card states; <see cref="FsrsScheduler"/> builds scheduling on top of it.
/// </summary>
/// <remarks>
/// Every intermediate value that ts-fsrs rounds to 8 decimals is rounded here in the same
/// place and the same way, so that results agree with the reference implementation to the
/// last digit rather than drifting apart over long histories.
/// </remarks>
public sealed class FsrsMemoryModel
{
    /// <summary>Smallest stability FSRS allows, in days.</summary>
    public const double MinStability = 0.001;

    /// <summary>Largest stability FSRS allows, in days (100 years).</summary>
    public const double MaxStability = 36500.0;

    private const double MaxInitialStability = 100.0;
    private const double W17W18Ceiling = 2.0;

    private readonly double[] _w;
    private readonly double _expW8;
    private readonly double[] _shortTermGrowth;
    private readonly double _rawEasyInitialDifficulty;
    private readonly int _maximumInterval;
    private readonly bool _shortTerm;

    /// <summary>Builds the model, validating the parameters and clipping the weights.</summary>
    /// <exception cref="ArgumentException">The parameters are not a usable FSRS-6 set.</exception>
    public FsrsMemoryModel(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Weights is null || parameters.Weights.Count != FsrsParameters.WeightCount)
        {
            throw new ArgumentException(
                $"FSRS-6 needs exactly {FsrsParameters.WeightCount} weights.", nameof(parameters));
        }

        for (int i = 0; i < FsrsParameters.WeightCount; i++)
        {
            if (!double.IsFinite(parameters.Weights[i]))
                throw new ArgumentException($"Weight w{i} is not a finite number.", nameof(parameters));
        }

        if (!(parameters.DesiredRetention > 0 && parameters.DesiredRetention <= 1))
            throw new ArgumentException("Desired retention must be in (0, 1].", nameof(parameters));
        if (parameters.MaximumInterval < 1)
            throw new ArgumentException("Maximum interval must be at least one day.", nameof(parameters));

        _shortTerm = parameters.EnableShortTerm;
        _maximumInterval = parameters.MaximumInterval;
        _w = ClipWeights(parameters.Weights, parameters.RelearningSteps?.Count ?? 0, _shortTerm);
        Weights = Array.AsReadOnly(_w);

        Decay = -_w[20];
        Factor = JsNumber.RoundTo8(Math.Exp(Math.Pow(Decay, -1) * Math.Log(0.9)) - 1.0);
        IntervalModifier = JsNumber.RoundTo8((Math.Pow(parameters.DesiredRetention, 1 / Decay) - 1) / Factor);
        _expW8 = Math.Exp(_w[8]);
        // e^(w17 · (rating - 3 + w18)) depends only on the rating; computed once per rating.
        _shortTermGrowth = new double[5];
        for (int g = 1; g <= 4; g++)
        {
            _shortTermGrowth[g] = Math.Exp(_w[17] * (g - 3 + _w[18]));
        }

        _rawEasyInitialDifficulty = RawInitialDifficulty(Rating.Easy);
    }

    /// <summary>The weights actually used, after clipping to the ranges FSRS allows.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>
    /// The forgetting curve's exponent, <c>-w20</c>. FSRS-6 made it a fitted parameter
    /// (earlier versions fixed it) so the curve's shape can follow the learner.
    /// </summary>
    public double Decay { get; }

    /// <summary>
    /// <c>0.9^(1/decay) - 1</c>: the scale that makes retrievability exactly 90% when the
    /// elapsed time equals the stability, whatever the decay.
    /// </summary>
    public double Factor { get; }

    /// <summary>
    /// Interval per day of stability for the desired retention: <c>(r^(1/decay) - 1) / factor</c>.
    /// 1 at 90% retention, so the interval equals the stability.
    /// </summary>
    public double IntervalModifier { get; }

    /// <summary>
    /// Probability of recall after <paramref name="elapsedDays"/> for a memory of
    /// <paramref name="stability"/>: <c>R(t, S) = (1 + factor · t / S)^decay</c>.
    /// </summary>
    public double Retrievability(double elapsedDays, double stability) =>
        JsNumber.RoundTo8(Math.Pow(1 + Factor * elapsedDays / stability, Decay));

    /// <summary>Stability after the first review: <c>w[rating - 1]</c>, at least 0.1 day.</summary>
    public double InitialStability(Rating rating) => Math.Max(_w[(int)rating - 1], 0.1);

    /// <summary>
    /// Difficulty after the first review: <c>w4 - e^(w5 · (rating - 1)) + 1</c>, clamped to [1, 10],
    /// so a first Again gives difficulty w4 and better first answers give less.
    /// </summary>
    public double InitialDifficulty(Rating rating) => Math.Clamp(RawInitialDifficulty(rating), 1, 10);

    /// <summary>
    /// Difficulty after a later review. It moves by <c>-w6 · (rating - 3)</c>, damped linearly as
    /// it nears 10 (so it cannot get stuck at the top), then reverts by weight w7 towards the
    /// initial difficulty of an Easy answer (so it cannot drift away for good).
    /// </summary>
    public double NextDifficulty(double difficulty, Rating rating)
    {
        double delta = -_w[6] * ((int)rating - 3);
        double damped = JsNumber.RoundTo8(delta * (10 - difficulty) / 9);
        double next = difficulty + damped;
        double reverted = JsNumber.RoundTo8(_w[7] * _rawEasyInitialDifficulty + (1 - _w[7]) * next);
        return Math.Clamp(reverted, 1, 10);
    }

    /// <summary>
    /// Stability after a successful review (Hard, Good or Easy). It grows more when the card
    /// is easy (low D), when the memory is still young (low S), and when it was nearly
    /// forgotten (low R): <c>S · (1 + e^w8 · (11 - D) · S^-w9 · (e^(w10·(1-R)) - 1) · hard · easy)</c>,
    /// where Hard multiplies by w15 and Easy by w16.
    /// </summary>
    public double NextRecallStability(double difficulty, double stability, double retrievability, Rating rating) =>
        RecallStability(stability, RatedGrowth(RecallGrowth(difficulty, stability, retrievability), rating));

    /// <summary>
    /// Stability after a lapse, before the cap applied in <see cref="NextMemoryState"/>:
    /// <c>w11 · D^-w12 · ((S + 1)^w13 - 1) · e^(w14 · (1 - R))</c>.
    /// </summary>
    public double NextForgetStability(double difficulty, double stability, double retrievability)
    {
        double value = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1)
            * Math.Exp((1 - retrievability) * _w[14]);
        return JsNumber.RoundTo8(Math.Clamp(value, MinStability, MaxStability));
    }

    /// <summary>
    /// Stability after a same-day review (FSRS-6): <c>S · S^-w19 · e^(w17 · (rating - 3 + w18))</c>.
    /// The <c>S^-w19</c> term makes already-stable memories gain less from cramming; for Hard
    /// and better the factor is at least 1, so a correct answer never lowers stability.
    /// </summary>
    public double NextShortTermStability(double stability, Rating rating) =>
        ShortTermStability(stability, Math.Pow(stability, -_w[19]), rating);

    /// <summary>
    /// The memory state after a review <paramref name="elapsedDays"/> after the previous one.
    /// A new memory (stability and difficulty both 0) gets its initial state; same-day
    /// reviews use the short-term formula when enabled; a lapse takes the lower of the
    /// post-lapse stability and the old stability (divided by e^(w17·w18) with short-term on).
    /// </summary>
    /// <param name="memory">The state before the review.</param>
    /// <param name="elapsedDays">Whole days since the previous review.</param>
    /// <param name="rating">The rating given.</param>
    /// <param name="retrievability">R at the review if already known; computed otherwise.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative elapsed days, or an invalid memory state.</exception>
    public MemoryState NextMemoryState(MemoryState memory, int elapsedDays, Rating rating, double? retrievability = null)
    {
        if (elapsedDays < 0)
            throw new ArgumentOutOfRangeException(nameof(elapsedDays), elapsedDays, "A review cannot precede the previous one.");
        double d = memory.Difficulty;
        double s = memory.Stability;
        if (d == 0 && s == 0)
            return new MemoryState(InitialStability(rating), InitialDifficulty(rating));
        if (d < 1 || s < MinStability)
            throw new ArgumentOutOfRangeException(nameof(memory), memory, "Not a valid FSRS memory state.");

        double r = retrievability ?? Retrievability(elapsedDays, s);
        return new MemoryState(NextStability(d, s, elapsedDays, r, rating), NextDifficulty(d, rating));
    }

    /// <summary>
    /// Stabilities after Hard, Good and Easy for the same review, as <see cref="NextMemoryState"/>
    /// would give them. The scheduler needs several of them at once (to keep the ratings'
    /// intervals in order), and they share their costly factors, which are computed once here
    /// in the same order of operations, so the results are bit-identical.
    /// </summary>
    internal (double Hard, double Good, double Easy) SuccessStabilities(MemoryState memory, int elapsedDays, double retrievability)
    {
        double d = memory.Difficulty;
        double s = memory.Stability;
        if (d == 0 && s == 0)
            return (InitialStability(Rating.Hard), InitialStability(Rating.Good), InitialStability(Rating.Easy));
        if (d < 1 || s < MinStability)
            throw new ArgumentOutOfRangeException(nameof(memory), memory, "Not a valid FSRS memory state.");

        if (elapsedDays == 0 && _shortTerm)
        {
            double damping = Math.Pow(s, -_w[19]);
            return (ShortTermStability(s, damping, Rating.Hard), ShortTermStability(s, damping, Rating.Good),
                ShortTermStability(s, damping, Rating.Easy));
        }

        double growth = RecallGrowth(d, s, retrievability);
        return (RecallStability(s, RatedGrowth(growth, Rating.Hard)), RecallStability(s, RatedGrowth(growth, Rating.Good)),
            RecallStability(s, RatedGrowth(growth, Rating.Easy)));
    }

    /// <summary>Difficulty after a review: the initial difficulty for a new memory, otherwise <see cref="NextDifficulty"/>.</summary>
    internal double DifficultyAfter(MemoryState memory, Rating rating) =>
        memory.Difficulty == 0 && memory.Stability == 0
            ? InitialDifficulty(rating)
            : NextDifficulty(memory.Difficulty, rating);

    /// <summary>The stability part of <see cref="NextMemoryState"/> for an existing, validated memory.</summary>
    private double NextStability(double difficulty, double stability, int elapsedDays, double retrievability, Rating rating)
    {
        if (elapsedDays == 0 && _shortTerm) return NextShortTermStability(stability, rating);
        if (rating != Rating.Again) return NextRecallStability(difficulty, stability, retrievability, rating);

        double afterLapse = NextForgetStability(difficulty, stability, retrievability);
        double shortTermCap = _shortTerm ? stability / Math.Exp(_w[17] * _w[18]) : stability;
        // ts-fsrs clamps the cap into [MinStability, afterLapse], i.e. takes the smaller of the two.
        return Math.Min(Math.Max(JsNumber.RoundTo8(shortTermCap), MinStability), afterLapse);
    }

    /// <summary>
    /// The interval in days, before fuzz, at which a memory of <paramref name="stability"/>
    /// decays to the desired retention: <c>S · IntervalModifier</c>, rounded, between 1 day
    /// and the maximum interval.
    /// </summary>
    public int NextInterval(double stability) =>
        (int)Math.Min(Math.Max(1, JsNumber.Round(stability * IntervalModifier)), _maximumInterval);

    /// <summary>The rating-independent part of the recall growth: <c>e^w8 · (11 - D) · S^-w9 · (e^(w10·(1-R)) - 1)</c>.</summary>
    private double RecallGrowth(double difficulty, double stability, double retrievability) =>
        _expW8 * (11 - difficulty) * Math.Pow(stability, -_w[9]) * (Math.Exp((1 - retrievability) * _w[10]) - 1);

    /// <summary>Applies the Hard penalty (w15) or Easy bonus (w16), multiplying in the reference's order.</summary>
    private double RatedGrowth(double growth, Rating rating)
    {
        double hardPenalty = rating == Rating.Hard ? _w[15] : 1;
        double easyBonus = rating == Rating.Easy ? _w[16] : 1;
        return growth * hardPenalty * easyBonus;
    }

    private static double RecallStability(double stability, double growth) =>
        JsNumber.RoundTo8(Math.Clamp(stability * (1 + growth), MinStability, MaxStability));

    /// <summary>Short-term stability given the precomputed <c>S^-w19</c>.</summary>
    private double ShortTermStability(double stability, double damping, Rating rating)
    {
        double increase = damping * _shortTermGrowth[(int)rating];
        if (rating >= Rating.Hard) increase = Math.Max(increase, 1.0);
        return JsNumber.RoundTo8(Math.Clamp(stability * increase, MinStability, MaxStability));
    }

    private double RawInitialDifficulty(Rating rating) =>
        JsNumber.RoundTo8(_w[4] - Math.Exp(((int)rating - 1) * _w[5]) + 1);

    /// <summary>
    /// Clips weights to the ranges ts-fsrs enforces, so that hand-edited or badly fitted
    /// parameters cannot produce negative or exploding stabilities. With more than one
    /// relearning step, w17 and w18 are further capped so that several same-day steps after
    /// a lapse cannot push stability above what the lapse formula allows.
    /// </summary>
    private static double[] ClipWeights(IReadOnlyList<double> weights, int relearningStepCount, bool shortTerm)
    {
        var min = new double[]
        {
            MinStability, MinStability, MinStability, MinStability, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
            0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, shortTerm ? 0.01 : 0.0, 0.1,
        };
        var max = new double[]
        {
            MaxInitialStability, MaxInitialStability, MaxInitialStability, MaxInitialStability, 10.0, 4.0, 4.0,
            0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, W17W18Ceiling, W17W18Ceiling, 0.8, 0.8,
        };

        if (relearningStepCount > 1)
        {
            // Bound chosen by ts-fsrs (from the FSRS optimiser): the post-lapse stability at
            // D = 1, R = 0.7, S = 1, multiplied by e^(steps · w17 · w18), must not exceed S.
            double w11 = Math.Clamp(weights[11], min[11], max[11]);
            double w13 = Math.Clamp(weights[13], min[13], max[13]);
            double w14 = Math.Clamp(weights[14], min[14], max[14]);
            double value = -(Math.Log(w11) + Math.Log(Math.Pow(2.0, w13) - 1.0) + w14 * 0.3) / relearningStepCount;
            double ceiling = Math.Clamp(JsNumber.RoundTo8(Math.Sqrt(Math.Max(value, 0))), 0.01, W17W18Ceiling);
            max[17] = ceiling;
            max[18] = ceiling;
        }

        var clipped = new double[FsrsParameters.WeightCount];
        for (int i = 0; i < clipped.Length; i++)
        {
            clipped[i] = Math.Min(Math.Max(weights[i], min[i]), max[i]);
        }

        return clipped;
    }
}
