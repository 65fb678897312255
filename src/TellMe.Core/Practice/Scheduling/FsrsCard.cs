namespace TellMe.Practice.Scheduling;

/// <summary>
/// The scheduling state of one card. Immutable: reviewing a card produces a new
/// <see cref="FsrsCard"/>, so a stored card can never be half-updated and previews can be
/// computed without side effects. The fields mirror ts-fsrs's <c>Card</c> so that data
/// can be compared with, or migrated from, the reference implementation.
/// </summary>
/// <param name="Due">When the card should next be reviewed.</param>
/// <param name="Stability">Days until recall probability falls to 90%; 0 for a new card.</param>
/// <param name="Difficulty">Difficulty in [1, 10]; 0 for a new card.</param>
/// <param name="ElapsedDays">Calendar days (UTC) between the last two reviews.</param>
/// <param name="ScheduledDays">The interval in days chosen at the last review (0 within a (re)learning step).</param>
/// <param name="LearningSteps">Index of the current (re)learning step.</param>
/// <param name="Reps">Number of reviews so far.</param>
/// <param name="Lapses">Number of times the card was forgotten after graduating.</param>
/// <param name="State">Where the card is in its life cycle.</param>
/// <param name="LastReview">When the card was last reviewed; null if never.</param>
public sealed record FsrsCard(
    DateTimeOffset Due,
    double Stability,
    double Difficulty,
    int ElapsedDays,
    int ScheduledDays,
    int LearningSteps,
    int Reps,
    int Lapses,
    CardState State,
    DateTimeOffset? LastReview)
{
    /// <summary>
    /// A card that has never been reviewed, due immediately. The time is a parameter
    /// because Core never reads the clock itself.
    /// </summary>
    /// <param name="now">The creation time, which becomes the due time.</param>
    public static FsrsCard CreateNew(DateTimeOffset now) =>
        new(now, 0, 0, 0, 0, 0, 0, 0, CardState.New, null);

    /// <summary>The card's memory state (stability and difficulty).</summary>
    public MemoryState Memory => new(Stability, Difficulty);
}
