namespace TellMe.Practice.Scheduling;

/// <summary>
/// Schedules cards with FSRS-6, behaving exactly like the reference implementation
/// (ts-fsrs 5.x): the same memory model, the same (re)learning steps, the same interval
/// constraints between ratings, and, when enabled, the same seeded fuzz. Matching the
/// reference to the day is what lets TellMe's schedules be checked against it, and keeps
/// them compatible with parameters fitted by the FSRS optimiser.
/// </summary>
/// <remarks>
/// The scheduler is immutable and thread-safe, and never reads the clock: callers pass the
/// review time (or a <see cref="TimeProvider"/>), which keeps Core deterministic and tests
/// exact. Days are counted as UTC calendar days, as ts-fsrs does. <see cref="Next(FsrsCard, DateTimeOffset, Rating)"/>
/// allocates only the new card and its log, so large batches can be scheduled cheaply.
/// </remarks>
public sealed class FsrsScheduler
{
    private const int MinutesPerDay = 1440;
    private const long MillisecondsPerDay = 86_400_000;

    private readonly double[] _learningStepMinutes;
    private readonly double[] _relearningStepMinutes;
    private readonly bool _fuzz;
    private readonly bool _shortTerm;
    private readonly int _maximumInterval;

    /// <summary>A scheduler with the reference defaults (<see cref="FsrsParameters.Default"/>).</summary>
    public FsrsScheduler()
        : this(FsrsParameters.Default)
    {
    }

    /// <summary>A scheduler with the given parameters.</summary>
    /// <exception cref="ArgumentException">The parameters are invalid (see <see cref="FsrsMemoryModel"/>),
    /// or a (re)learning step is negative or not a whole number of minutes.</exception>
    public FsrsScheduler(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        Model = new FsrsMemoryModel(parameters);
        _learningStepMinutes = ToMinutes(parameters.LearningSteps, nameof(FsrsParameters.LearningSteps));
        _relearningStepMinutes = ToMinutes(parameters.RelearningSteps, nameof(FsrsParameters.RelearningSteps));
        _fuzz = parameters.EnableFuzz;
        _shortTerm = parameters.EnableShortTerm;
        _maximumInterval = parameters.MaximumInterval;
    }

    /// <summary>The parameters this scheduler was built from (weights as given, before clipping).</summary>
    public FsrsParameters Parameters { get; }

    /// <summary>The memory model, with the clipped weights actually in use.</summary>
    public FsrsMemoryModel Model { get; }

    /// <summary>Reviews <paramref name="card"/> at the time given by <paramref name="time"/>.</summary>
    public SchedulingResult Next(FsrsCard card, TimeProvider time, Rating rating)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Next(card, time.GetUtcNow(), rating);
    }

    /// <summary>
    /// Schedules a whole collection at once (rescheduling after a change of desired retention, or a
    /// day's reviews imported in one go): the same result as <see cref="Next(FsrsCard, DateTimeOffset, Rating)"/>
    /// for each card, computed on every core for large collections. The scheduler holds no mutable state, and
    /// each card's fuzz is seeded from that card alone, so the order of work cannot change any result.
    /// </summary>
    public FsrsCard[] NextAll(IReadOnlyList<FsrsCard> cards, DateTimeOffset now, Rating rating)
    {
        var results = new FsrsCard[cards.Count];
        const int chunk = 4096;
        if (cards.Count < 2 * chunk)
        {
            for (int i = 0; i < results.Length; i++) results[i] = Next(cards[i], now, rating).Card;
            return results;
        }
        Parallel.For(0, (cards.Count + chunk - 1) / chunk, c =>
        {
            int end = Math.Min(results.Length, (c + 1) * chunk);
            for (int i = c * chunk; i < end; i++) results[i] = Next(cards[i], now, rating).Card;
        });
        return results;
    }

    /// <summary>
    /// Reviews <paramref name="card"/> at <paramref name="now"/> with <paramref name="rating"/>
    /// and returns the updated card with a log of the review. The input card is not changed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not defined, <paramref name="now"/>
    /// is on an earlier UTC day than the card's last review, or the card's memory state is invalid.</exception>
    public SchedulingResult Next(FsrsCard card, DateTimeOffset now, Rating rating)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (rating is < Rating.Again or > Rating.Easy)
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "Rating must be Again, Hard, Good or Easy.");

        var review = new Review(card, now, ElapsedDays(card, now));
        return Schedule(ref review, rating);
    }

    /// <summary>The outcome of each rating at the time given by <paramref name="time"/>.</summary>
    public SchedulingPreview Preview(FsrsCard card, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Preview(card, time.GetUtcNow());
    }

    /// <summary>
    /// The outcome of each of the four ratings if <paramref name="card"/> were reviewed at
    /// <paramref name="now"/>; each equals what <see cref="Next(FsrsCard, DateTimeOffset, Rating)"/> returns.
    /// </summary>
    public SchedulingPreview Preview(FsrsCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        // One review shared by the four ratings, so the fuzz factor is drawn once, as in ts-fsrs.
        var review = new Review(card, now, ElapsedDays(card, now));
        return new SchedulingPreview(
            Schedule(ref review, Rating.Again),
            Schedule(ref review, Rating.Hard),
            Schedule(ref review, Rating.Good),
            Schedule(ref review, Rating.Easy));
    }

    /// <summary>The probability of recalling <paramref name="card"/> at the time given by <paramref name="time"/>.</summary>
    public double Retrievability(FsrsCard card, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Retrievability(card, time.GetUtcNow());
    }

    /// <summary>
    /// The probability of recalling <paramref name="card"/> at <paramref name="now"/>: 0 for a
    /// new card, otherwise the forgetting curve at the whole number of 24-hour periods since
    /// the last review (as ts-fsrs's <c>get_retrievability</c>; note this counts elapsed time,
    /// not calendar days as scheduling does).
    /// </summary>
    /// <exception cref="ArgumentException">A reviewed card has no last-review time.</exception>
    public double Retrievability(FsrsCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.State == CardState.New) return 0;
        if (card.LastReview is not { } lastReview)
            throw new ArgumentException("A card that is not new must have a last review time.", nameof(card));

        long elapsedMs = now.ToUnixTimeMilliseconds() - lastReview.ToUnixTimeMilliseconds();
        long elapsedDays = elapsedMs <= 0 ? 0 : elapsedMs / MillisecondsPerDay;
        return Model.Retrievability(elapsedDays, card.Stability);
    }

    private SchedulingResult Schedule(ref Review review, Rating rating)
    {
        FsrsCard next = _shortTerm ? NextWithSteps(ref review, rating) : NextLongTerm(ref review, rating);
        return new SchedulingResult(next, CreateLog(in review, rating));
    }

    /// <summary>
    /// ts-fsrs's default scheduler: new and lapsed cards go through (re)learning steps in
    /// minutes, and same-day reviews use the short-term stability formula.
    /// </summary>
    private FsrsCard NextWithSteps(ref Review review, Rating rating)
    {
        FsrsCard card = review.Card;
        switch (card.State)
        {
            case CardState.New:
                return AfterStep(ref review, rating, Model.NextMemoryState(card.Memory, review.ElapsedDays, rating), CardState.Learning, card.Lapses);

            case CardState.Learning:
            case CardState.Relearning:
                return AfterStep(ref review, rating, Model.NextMemoryState(card.Memory, review.ElapsedDays, rating), card.State, card.Lapses);

            case CardState.Review:
                double r = Model.Retrievability(review.ElapsedDays, card.Stability);
                if (rating == Rating.Again)
                {
                    MemoryState lapsed = Model.NextMemoryState(card.Memory, review.ElapsedDays, rating, r);
                    return AfterStep(ref review, rating, lapsed, CardState.Relearning, card.Lapses + 1);
                }

                var stabilities = Model.SuccessStabilities(card.Memory, review.ElapsedDays, r);
                var memory = new MemoryState(Pick(stabilities, rating), Model.DifficultyAfter(card.Memory, rating));
                int interval = ReviewInterval(ref review, rating, stabilities);
                return Scheduled(in review, memory, interval, CardState.Review, learningSteps: 0, card.Lapses);

            default:
                throw new ArgumentOutOfRangeException(nameof(review), card.State, "Unknown card state.");
        }
    }

    /// <summary>
    /// Interval of a successful review: FSRS's interval for each rating, adjusted so that
    /// Hard ≤ Good and Good &lt; Easy strictly, so the answer buttons always read in order.
    /// </summary>
    private int ReviewInterval(ref Review review, Rating rating, (double Hard, double Good, double Easy) stabilities)
    {
        int hard = Interval(ref review, stabilities.Hard);
        int good = Interval(ref review, stabilities.Good);
        hard = Math.Min(hard, good);
        if (rating == Rating.Hard) return hard;

        good = Math.Max(good, hard + 1);
        if (rating == Rating.Good) return good;

        return Math.Max(Interval(ref review, stabilities.Easy), good + 1);
    }

    /// <summary>
    /// ts-fsrs's long-term scheduler (short-term off): no steps; every review, including the
    /// first, is scheduled in days, with Again &lt; Hard &lt; Good &lt; Easy enforced.
    /// </summary>
    private FsrsCard NextLongTerm(ref Review review, Rating rating)
    {
        FsrsCard card = review.Card;
        // A never-reviewed memory (0, 0) takes its initial state and has no retrievability yet.
        double r = card.Stability > 0 ? Model.Retrievability(review.ElapsedDays, card.Stability) : 0;
        MemoryState lapsed = Model.NextMemoryState(card.Memory, review.ElapsedDays, Rating.Again, r);
        var stabilities = Model.SuccessStabilities(card.Memory, review.ElapsedDays, r);

        int again = Interval(ref review, lapsed.Stability);
        int hard = Interval(ref review, stabilities.Hard);
        again = Math.Min(again, hard);
        int interval;
        MemoryState memory;
        if (rating == Rating.Again)
        {
            interval = again;
            memory = lapsed;
        }
        else
        {
            hard = Math.Max(hard, again + 1);
            interval = hard;
            if (rating >= Rating.Good)
            {
                int good = Math.Max(Interval(ref review, stabilities.Good), hard + 1);
                interval = rating == Rating.Good ? good : Math.Max(Interval(ref review, stabilities.Easy), good + 1);
            }

            memory = new MemoryState(Pick(stabilities, rating), Model.DifficultyAfter(card.Memory, rating));
        }

        bool lapse = rating == Rating.Again && card.State != CardState.New;
        return Scheduled(in review, memory, interval, CardState.Review, learningSteps: 0, lapse ? card.Lapses + 1 : card.Lapses);
    }

    private static double Pick((double Hard, double Good, double Easy) stabilities, Rating rating) => rating switch
    {
        Rating.Hard => stabilities.Hard,
        Rating.Good => stabilities.Good,
        _ => stabilities.Easy,
    };

    /// <summary>
    /// Applies the (re)learning steps: a step under a day keeps the card in
    /// <paramref name="stepState"/> and makes it due in minutes; a step of a day or more, or
    /// no step at all for this rating, graduates it to <see cref="CardState.Review"/>.
    /// </summary>
    private FsrsCard AfterStep(ref Review review, Rating rating, MemoryState memory, CardState stepState, int lapses)
    {
        FsrsCard card = review.Card;
        double[] steps = card.State is CardState.Relearning or CardState.Review
            ? _relearningStepMinutes
            : _learningStepMinutes;
        (double minutes, int nextStep) = LearningStep(steps, card.State, card.LearningSteps, rating);

        if (minutes > 0 && minutes < MinutesPerDay)
        {
            DateTimeOffset due = review.Now.AddTicks((long)JsNumber.Round(minutes) * TimeSpan.TicksPerMinute);
            return new FsrsCard(due, memory.Stability, memory.Difficulty, review.ElapsedDays, 0, nextStep,
                card.Reps + 1, lapses, stepState, review.Now);
        }

        if (minutes >= MinutesPerDay)
        {
            DateTimeOffset due = review.Now.AddTicks((long)JsNumber.Round(minutes) * TimeSpan.TicksPerMinute);
            return new FsrsCard(due, memory.Stability, memory.Difficulty, review.ElapsedDays,
                (int)Math.Floor(minutes / MinutesPerDay), nextStep, card.Reps + 1, lapses, CardState.Review, review.Now);
        }

        int interval = Interval(ref review, memory.Stability);
        return Scheduled(in review, memory, interval, CardState.Review, learningSteps: 0, lapses);
    }

    /// <summary>
    /// The step a rating leads to, as ts-fsrs's basic learning-steps strategy defines it:
    /// Again restarts at the first step, Hard waits the average of the first two steps (or
    /// 1.5× a single step) without advancing, Good advances to the next step, and Easy, or
    /// Good on the last step, has no step (graduates). A review card's lapse uses the
    /// relearning step at its current index. (0, 0) means "no step".
    /// </summary>
    private static (double Minutes, int NextStep) LearningStep(double[] steps, CardState state, int current, Rating rating)
    {
        int count = steps.Length;
        if (count == 0 || current >= count) return (0, 0);

        double minutes;
        int next;
        if (state == CardState.Review)
        {
            if (rating != Rating.Again) return (0, 0);
            minutes = steps[Math.Max(0, current)];
            next = 0;
        }
        else
        {
            switch (rating)
            {
                case Rating.Again:
                    minutes = steps[0];
                    next = 0;
                    break;
                case Rating.Hard:
                    minutes = count == 1 ? JsNumber.Round(steps[0] * 1.5) : JsNumber.Round((steps[0] + steps[1]) / 2);
                    next = current;
                    break;
                case Rating.Good when current + 1 >= 0 && current + 1 < count && steps[current + 1] != 0:
                    minutes = JsNumber.Round(steps[current + 1]);
                    next = current + 1;
                    break;
                default:
                    return (0, 0);
            }
        }

        return (Math.Max(0, minutes), Math.Max(0, next));
    }

    /// <summary>
    /// The FSRS interval for <paramref name="stability"/>, fuzzed if enabled. The fuzz factor
    /// is drawn at most once per review and shared by all ratings, as in ts-fsrs.
    /// </summary>
    private int Interval(ref Review review, double stability)
    {
        int interval = Model.NextInterval(stability);
        if (!_fuzz || interval < 2.5) return interval;
        return IntervalFuzz.Apply(interval, review.ElapsedDays, _maximumInterval, review.FuzzFactor());
    }

    private static FsrsCard Scheduled(in Review review, MemoryState memory, int interval, CardState state, int learningSteps, int lapses) =>
        new(review.Now.AddTicks(interval * TimeSpan.TicksPerDay), memory.Stability, memory.Difficulty, review.ElapsedDays,
            interval, learningSteps, review.Card.Reps + 1, lapses, state, review.Now);

    private ReviewLog CreateLog(in Review review, Rating rating)
    {
        FsrsCard card = review.Card;
        // The long-term scheduler resets a new card's scheduled days before logging it.
        int scheduledDays = !_shortTerm && card.State == CardState.New ? 0 : card.ScheduledDays;
        return new ReviewLog(rating, card.State, card.LastReview ?? card.Due, card.Stability, card.Difficulty,
            review.ElapsedDays, card.ElapsedDays, scheduledDays, card.LearningSteps, review.Now);
    }

    /// <summary>
    /// Whole UTC calendar days between the last review and <paramref name="now"/>; 0 for a
    /// new card. Calendar days rather than 24-hour periods, as in ts-fsrs, so that a card
    /// reviewed late one evening and early the next morning counts as a day later.
    /// </summary>
    private static int ElapsedDays(FsrsCard card, DateTimeOffset now)
    {
        if (card.State == CardState.New || card.LastReview is not { } lastReview) return 0;
        long days = now.UtcTicks / TimeSpan.TicksPerDay - lastReview.UtcTicks / TimeSpan.TicksPerDay;
        if (days < 0)
            throw new ArgumentOutOfRangeException(nameof(now), now, "A review cannot be on a day before the card's last review.");
        return (int)days;
    }

    private static double[] ToMinutes(IReadOnlyList<TimeSpan>? steps, string name)
    {
        if (steps is null) return [];
        var minutes = new double[steps.Count];
        for (int i = 0; i < minutes.Length; i++)
        {
            TimeSpan step = steps[i];
            if (step < TimeSpan.Zero || step.Ticks % TimeSpan.TicksPerMinute != 0)
                throw new ArgumentException($"{name}[{i}] must be a non-negative whole number of minutes.", nameof(steps));
            minutes[i] = step.Ticks / TimeSpan.TicksPerMinute;
        }

        return minutes;
    }

    /// <summary>One review in progress: its inputs, and the lazily drawn fuzz factor.</summary>
    private struct Review
    {
        private double _fuzzFactor;
        private bool _hasFuzzFactor;

        public Review(FsrsCard card, DateTimeOffset now, int elapsedDays)
        {
            Card = card;
            Now = now;
            ElapsedDays = elapsedDays;
        }

        public FsrsCard Card { get; }

        public DateTimeOffset Now { get; }

        public int ElapsedDays { get; }

        public double FuzzFactor()
        {
            if (!_hasFuzzFactor)
            {
                _fuzzFactor = IntervalFuzz.Factor(Now, Card.Reps + 1, Card.Difficulty, Card.Stability);
                _hasFuzzFactor = true;
            }

            return _fuzzFactor;
        }
    }
}
