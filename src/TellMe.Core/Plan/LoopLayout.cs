using System.Collections.Immutable;

namespace TellMe.Plan;

/// <summary>One round of a loop laid out by interviewer type.</summary>
/// <param name="Number">1-based; the <see cref="LoopSlot.Interviewer"/> of its slots.</param>
/// <param name="Type">Who interviews.</param>
public sealed record PlannedRound(int Number, InterviewerType Type);

/// <summary>A loop laid out by interviewer type, and the stories planned for it.</summary>
/// <param name="Rounds">The rounds in order.</param>
/// <param name="Plan">Every slot of every round with a primary and a backup story, no story told twice in the loop.</param>
public sealed record LoopLayout(ImmutableArray<PlannedRound> Rounds, LoopPlan Plan);
