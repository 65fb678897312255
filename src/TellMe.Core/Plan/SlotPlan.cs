namespace TellMe.Plan;

/// <summary>The stories planned for one slot, or the prepared answer that fills it.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="Primary">The story to tell, or null when the slot cannot be filled or is filled by <see cref="Answer"/>.</param>
/// <param name="Backup">A second story in case the first is not what the interviewer wants, or null.</param>
/// <param name="Problem">Why the slot has no primary or no backup, in words; null when it has both or an answer.</param>
/// <param name="Answer">The prepared answer to give, for a slot answered with one rather than with a story.</param>
public sealed record SlotPlan(LoopSlot Slot, StoryChoice? Primary, StoryChoice? Backup, string? Problem, AnswerChoice? Answer = null)
{
    /// <summary>True when the slot has something to say: a story or a prepared answer.</summary>
    public bool Filled => Primary is not null || Answer is not null;
}
