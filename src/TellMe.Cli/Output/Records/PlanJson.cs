using TellMe.Match.Planning;

namespace TellMe.Cli.Output;

/// <summary><c>plan --json</c>: the seed of a generated loop, how many slots went unfilled, and each slot.</summary>
public sealed record PlanJson(int? Seed, int Unfilled, IReadOnlyList<PlanSlotJson> Slots);

/// <summary>One slot: its interviewer (generated loops), what it probes, and the primary and backup stories.</summary>
public sealed record PlanSlotJson(int Slot, int? Interviewer, string Topic, string? Competency, string? Question, StoryChoice? Primary, StoryChoice? Backup, string? Problem);
