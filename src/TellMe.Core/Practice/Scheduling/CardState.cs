namespace TellMe.Practice.Scheduling;

/// <summary>
/// Where a card is in its life cycle. The state decides which rule schedules the next
/// review: short fixed (re)learning steps measured in minutes, or FSRS intervals measured
/// in days. The numeric values match FSRS/ts-fsrs so persisted values stay interchangeable.
/// </summary>
public enum CardState
{
    /// <summary>Never reviewed; has no memory state yet.</summary>
    New = 0,

    /// <summary>Being learned for the first time, going through the learning steps.</summary>
    Learning = 1,

    /// <summary>Graduated: scheduled in whole days by the FSRS memory model.</summary>
    Review = 2,

    /// <summary>Forgotten after graduating, going through the relearning steps.</summary>
    Relearning = 3,
}
