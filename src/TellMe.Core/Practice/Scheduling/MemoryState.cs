namespace TellMe.Practice.Scheduling;

/// <summary>
/// The two numbers FSRS keeps about a learner's memory of one card.
/// </summary>
/// <param name="Stability">
/// Days until the probability of recall falls to 90%; the larger, the longer the memory lasts.
/// </param>
/// <param name="Difficulty">
/// How hard the card is for this learner, from 1 (easiest) to 10 (hardest); it scales how
/// much stability grows after a successful review.
/// </param>
public readonly record struct MemoryState(double Stability, double Difficulty);
