using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Plan;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Prep;

/// <summary>
/// The user's stories for one competency at a time: the competency planned alone as a one-slot loop, so its
/// primary is the best story for it and its backup the next best, with the planner's own rule for "no story
/// fits" (a fit under <see cref="LoopPlanner.MinimumFit"/>). The stories' drill states come from the practice
/// history.
/// </summary>
internal sealed class StoryCoverage(MatchGateway gateway, IReadOnlyDictionary<CardId, StoredCard> stored, FsrsScheduler scheduler, DateTimeOffset now)
{
    /// <summary>The slot that stands for a competency or value: the bank's or question bank's competency, else its first probe.</summary>
    public LoopSlot SlotFor(EmphasisedCompetency competency)
    {
        if (gateway.SlotFor(competency.Competency.Id) is { } slot) return slot;
        CompetencyId? probe = competency.Probes.IsDefaultOrEmpty ? null : competency.Probes[0];
        return new LoopSlot(0, competency.Competency.Name, probe, competency.Question ?? competency.Competency.Name);
    }

    /// <summary>The primary and backup stories for a competency, and why there is none when there is none.</summary>
    public (ImmutableArray<CoveringStory> Stories, string? Gap) Cover(EmphasisedCompetency competency)
    {
        var plan = gateway.Plan([SlotFor(competency)]).Slots[0];
        var stories = ImmutableArray.CreateBuilder<CoveringStory>();
        if (plan.Primary is { } primary) stories.Add(Story(primary, "primary"));
        if (plan.Backup is { } backup) stories.Add(Story(backup, "backup"));
        return (stories.ToImmutable(), plan.Primary is null ? plan.Problem : null);
    }

    /// <summary>A story with its drill state.</summary>
    public CoveringStory Story(StoryChoice choice, string role) =>
        new(choice.Id, choice.Title, choice.Fit, role, Drill(choice.Id));

    /// <summary>The drill state of a story's card.</summary>
    public DrillState Drill(string storyId) =>
        DrillState.Of(StoryId.TryParse(storyId, out var id) ? CardId.ForStory(id) : CardId.Parse($"story:{storyId}"), stored, scheduler, now);
}
