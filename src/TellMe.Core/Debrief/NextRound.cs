using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Plan;
using TellMe.Practice.Scheduling;
using TellMe.Prep;

namespace TellMe.Debrief;

/// <summary>
/// What to prepare for the next round with a company: the competencies asked and answered weakly (rated again
/// or hard), the competencies its latest posting stresses that no round has asked yet (a competency counts as
/// asked when a question probed it or one of its probes, as a principle or as a general competency), each with
/// a story not told to the company yet — planned together so no story is suggested twice — and the stories
/// still unused, the suggested ones first.
/// </summary>
internal static class NextRound
{
    /// <summary>What to prepare next, from every round so far and the company's latest posting.</summary>
    public static NextRoundPrep Compute(MatchGateway gateway, IReadOnlyList<InterviewRound> rounds, SavedPosting? posting)
    {
        var weak = rounds.SelectMany(r => r.Questions.Where(q => q.Rating is Rating.Again or Rating.Hard)
            .Select(q => new WeakAnswer(q.Topic, q.Question, r.Label, q.Rating!.Value, q.Story))).ToImmutableArray();
        var asked = rounds.SelectMany(r => r.Questions).SelectMany(q => new[] { q.Principle, q.Competency }).OfType<Competency>()
            .Select(c => c.Id).ToHashSet();
        var told = rounds.SelectMany(r => r.Questions).Select(q => q.Story).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        var open = posting is null ? [] : posting.Competencies
            .Where(c => !asked.Contains(c.Competency.Id) && !c.Probes.Any(asked.Contains)).ToList();
        var slots = open.Select(c => gateway.SlotFor(c.Competency.Id)
            ?? new LoopSlot(0, c.Competency.Name, c.Probes.IsDefaultOrEmpty ? null : c.Probes[0], c.Competency.Name)).ToList();
        var plan = slots.Count == 0 ? null : gateway.Plan(slots);
        var notYet = ImmutableArray.CreateBuilder<OpenCompetency>();
        var suggestedFor = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < open.Count; i++)
        {
            // The best story not told yet: the primary, or the backup when the primary was told.
            var choice = new[] { plan!.Slots[i].Primary, plan.Slots[i].Backup }.FirstOrDefault(s => s is not null && !told.Contains(s.Id));
            notYet.Add(new OpenCompetency(open[i].Competency, open[i].Emphasis, choice?.Id, choice?.Title));
            if (choice is not null) suggestedFor.TryAdd(choice.Id, open[i].Competency.Name);
        }
        var unused = gateway.Bank.Stories.Where(s => !told.Contains(s.Id.Value))
            .Select(s => new UnusedStory(s.Id.Value, s.Title, suggestedFor.GetValueOrDefault(s.Id.Value)))
            .OrderBy(s => s.For is null ? 1 : 0).ToImmutableArray();
        return new NextRoundPrep(weak, notYet.ToImmutable(), unused, [.. told], posting is not null);
    }
}
