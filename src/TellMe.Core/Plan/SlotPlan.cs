namespace TellMe.Plan;

/// <summary>The stories planned for one slot.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="Primary">The story to tell, or null when the slot cannot be filled.</param>
/// <param name="Backup">A second story in case the first is not what the interviewer wants, or null.</param>
/// <param name="Problem">Why the slot has no primary or no backup, in words; null when it has both.</param>
public sealed record SlotPlan(LoopSlot Slot, StoryChoice? Primary, StoryChoice? Backup, string? Problem);
