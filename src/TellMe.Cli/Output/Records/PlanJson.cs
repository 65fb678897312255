using TellMe.Plan;

namespace TellMe.Cli.Output;

/// <summary>The JSON of <c>tellme plan --json</c>.</summary>
/// <param name="Seed">The seed of a generated loop; absent when the slots were given.</param>
/// <param name="Unfilled">Slots with neither a primary story nor a prepared answer.</param>
/// <param name="Slots">Every slot in order.</param>
public sealed record PlanJson(int? Seed, int Unfilled, IReadOnlyList<PlanJson.SlotJson> Slots)
{
    /// <summary>The JSON of a plan.</summary>
    public static PlanJson From(LoopPlan plan) => new(plan.Seed, plan.Unfilled,
        [.. plan.Slots.Select((s, i) => new SlotJson(
            i + 1,
            s.Slot.Interviewer == 0 ? null : s.Slot.Interviewer,
            s.Slot.Topic,
            s.Slot.Competency?.ToString(),
            s.Slot.Question,
            StoryJson.From(s.Primary),
            StoryJson.From(s.Backup),
            s.Problem,
            s.Answer is { } a ? new AnswerJson(a.Key, a.Fit) : null))]);

    /// <summary>One slot; <c>competency</c> is <c>framework/id</c>; <c>answer</c> is the prepared answer of a slot told with one (then no story); absent fields are null.</summary>
    public sealed record SlotJson(int Slot, int? Interviewer, string Topic, string? Competency, string? Question, StoryJson? Primary, StoryJson? Backup, string? Problem, AnswerJson? Answer);

    /// <summary>A prepared answer chosen for a slot.</summary>
    public sealed record AnswerJson(string Key, double Fit);

    /// <summary>A story chosen for a slot.</summary>
    public sealed record StoryJson(string Id, string Title, double Fit)
    {
        /// <summary>The JSON of a choice, or null.</summary>
        public static StoryJson? From(StoryChoice? choice) => choice is null ? null : new(choice.Id, choice.Title, choice.Fit);
    }
}

/// <summary>
/// The JSON of a loop laid out by interviewer type (<c>tellme plan --rounds --json</c>, and <c>plan</c> in
/// <c>tellme prep --plan --json</c>): who interviews in each round, and the plan, whose slots' <c>interviewer</c>
/// is the round's number.
/// </summary>
/// <param name="Rounds">The rounds in order.</param>
/// <param name="Plan">Every slot of every round.</param>
public sealed record PlanRoundsJson(IReadOnlyList<PlanRoundsJson.RoundJson> Rounds, PlanJson Plan)
{
    /// <summary>The JSON of a layout.</summary>
    public static PlanRoundsJson From(LoopLayout layout) =>
        new([.. layout.Rounds.Select(r => new RoundJson(r.Number, r.Type.Id, r.Type.Name, r.Type.ListensFor))], PlanJson.From(layout.Plan));

    /// <summary>One round: its number, the interviewer type's ID and name, and what that interviewer listens for.</summary>
    public sealed record RoundJson(int Round, string Type, string Name, string ListensFor);
}
