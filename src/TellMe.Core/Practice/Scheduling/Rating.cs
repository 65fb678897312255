namespace TellMe.Practice.Scheduling;

/// <summary>
/// How well the learner recalled an item at a review. The numeric values are the FSRS
/// grades (1–4) because the formulas use them arithmetically (for example the
/// difficulty update is proportional to <c>grade - 3</c>), so they must not be renumbered.
/// </summary>
public enum Rating
{
    /// <summary>Forgot: the answer could not be recalled. Counts as a lapse for review cards.</summary>
    Again = 1,

    /// <summary>Recalled, but with serious effort.</summary>
    Hard = 2,

    /// <summary>Recalled after some hesitation; the normal, expected outcome.</summary>
    Good = 3,

    /// <summary>Recalled effortlessly.</summary>
    Easy = 4,
}
