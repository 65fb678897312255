using System.Collections.Immutable;
using TellMe.Match.Planning;
using TellMe.Practice.Scheduling;
using TellMe.Prep;

namespace TellMe.Debrief;

/// <summary>
/// What to prepare for the next round with a company: the competencies asked and answered weakly (rated again
/// or hard), the competencies its latest posting stresses that no round has asked yet (a competency counts as
/// asked when a question probed it or one of its probes), each with a story not told to the company yet —
/// planned together so no story is suggested twice — and the stories still unused, the suggested ones first.
/// </summary>
internal static class NextRound
{
    /// <summary>What to prepare next, from every round so far and the company's latest posting.</summary>
    public static NextRoundPrep Compute(MatchGateway gateway, IReadOnlyList<InterviewRound> rounds, SavedPosting? posting)
    {
        var weak = rounds.SelectMany(r => r.Questions.Where(q => q.Rating is Rating.Again or Rating.Hard)
            .Select(q => new WeakAnswer(q.Competency, q.CompetencyName, q.Question, r.Label, q.Rating!.Value, q.Story))).ToImmutableArray();
        var asked = rounds.SelectMany(r => r.Questions).Select(q => q.Competency).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var told = rounds.SelectMany(r => r.Questions).Select(q => q.Story).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        var open = posting is null ? [] : posting.Competencies
            .Where(c => !asked.Contains(c.Competency) && !c.Probes.Any(asked.Contains)).ToList();
        var slots = open.Select(c => gateway.SlotFor(c.Competency) ?? new LoopSlot(0, c.Name, c.Probes.FirstOrDefault(), c.Name)).ToList();
        var plan = slots.Count == 0 ? null : gateway.Plan(slots);
        var notYet = ImmutableArray.CreateBuilder<OpenCompetency>();
        var suggestedFor = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < open.Count; i++)
        {
            // The best story not told yet: the primary, or the backup when the primary was told.
            var choice = new[] { plan!.Slots[i].Primary, plan.Slots[i].Backup }.FirstOrDefault(s => s is not null && !told.Contains(s.Id));
            notYet.Add(new OpenCompetency(open[i].Competency, open[i].Name, open[i].Emphasis, choice?.Id, choice?.Title));
            if (choice is not null) suggestedFor.TryAdd(choice.Id, open[i].Name);
        }
        var unused = gateway.Bank.Stories.Where(s => !told.Contains(s.Id.Value))
            .Select(s => new UnusedStory(s.Id.Value, s.Title, suggestedFor.GetValueOrDefault(s.Id.Value)))
            .OrderBy(s => s.For is null ? 1 : 0).ToImmutableArray();
        return new NextRoundPrep(weak, notYet.ToImmutable(), unused, [.. told]);
    }

}
