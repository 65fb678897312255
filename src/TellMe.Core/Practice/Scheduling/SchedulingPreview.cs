namespace TellMe.Practice.Scheduling;

/// <summary>
/// What would happen to a card for each of the four ratings, so a UI can show the next
/// interval on each answer button before the learner chooses.
/// </summary>
/// <param name="Again">The outcome of rating <see cref="Rating.Again"/>.</param>
/// <param name="Hard">The outcome of rating <see cref="Rating.Hard"/>.</param>
/// <param name="Good">The outcome of rating <see cref="Rating.Good"/>.</param>
/// <param name="Easy">The outcome of rating <see cref="Rating.Easy"/>.</param>
public sealed record SchedulingPreview(
    SchedulingResult Again,
    SchedulingResult Hard,
    SchedulingResult Good,
    SchedulingResult Easy)
{
    /// <summary>The outcome for <paramref name="rating"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not one of the four defined values.</exception>
    public SchedulingResult this[Rating rating] => rating switch
    {
        Rating.Again => Again,
        Rating.Hard => Hard,
        Rating.Good => Good,
        Rating.Easy => Easy,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Unknown rating."),
    };
}
