namespace TellMe.Practice.Scheduling;

/// <summary>
/// The outcome of reviewing a card: the card as it should be stored from now on, and a log
/// entry describing the review (kept so that parameters can later be optimised from
/// real review history, or a review undone).
/// </summary>
/// <param name="Card">The card after the review.</param>
/// <param name="Log">What the review was and the card's state before it.</param>
public readonly record struct SchedulingResult(FsrsCard Card, ReviewLog Log);
