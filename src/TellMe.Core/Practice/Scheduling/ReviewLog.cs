namespace TellMe.Practice.Scheduling;

/// <summary>
/// A record of one review, as ts-fsrs logs it: the rating and the card's memory state
/// <em>before</em> the review. Storing the before-state (rather than the outcome, which is in
/// the new card) is what allows a review to be rolled back and the FSRS parameters to be
/// re-fitted from history.
/// </summary>
/// <param name="Rating">The rating given.</param>
/// <param name="State">The card's state before the review.</param>
/// <param name="Due">When the card was last reviewed, or its due time if it never was.</param>
/// <param name="Stability">Stability before the review.</param>
/// <param name="Difficulty">Difficulty before the review.</param>
/// <param name="ElapsedDays">Calendar days (UTC) between the previous review and this one.</param>
/// <param name="LastElapsedDays">The elapsed days recorded at the previous review.</param>
/// <param name="ScheduledDays">The interval the card had been scheduled for.</param>
/// <param name="LearningSteps">The (re)learning step index before the review.</param>
/// <param name="Review">When the review happened.</param>
public sealed record ReviewLog(
    Rating Rating,
    CardState State,
    DateTimeOffset Due,
    double Stability,
    double Difficulty,
    int ElapsedDays,
    int LastElapsedDays,
    int ScheduledDays,
    int LearningSteps,
    DateTimeOffset Review);
