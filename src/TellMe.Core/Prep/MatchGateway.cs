using TellMe.Bank;
using TellMe.Match;
using TellMe.Match.Planning;
using TellMe.Match.Questions;

namespace TellMe.Prep;

/// <summary>
/// The one place where prep, loop layout and debrief call the matcher and the loop planner, through their
/// public entry points only (<see cref="Matcher.Match"/>, <see cref="LoopSlots.FromCompetencies"/>,
/// <see cref="LoopPlanner.Plan"/>). Kept in one file so a change to matching touches these features here alone.
/// </summary>
internal sealed class MatchGateway(Matcher matcher)
{
    /// <summary>The bank matched against.</summary>
    public StoryBank Bank => matcher.Bank;

    /// <summary>The labelled question bank (the taxonomy and its example questions).</summary>
    public QuestionBank Questions => matcher.Questions;

    /// <summary>What a question probes, with its prepared answers and stories, best first.</summary>
    public MatchResult Match(string question, int top = 3) => matcher.Match(question, top);

    /// <summary>The competency a sentence reads as, when it is read as an interview question; null when none.</summary>
    public CompetencyMatch? Classify(string sentence) => matcher.Match(sentence, 1).Competencies.FirstOrDefault();

    /// <summary>A loop slot for a competency (<c>framework/id</c>), named as the bank names it; null when the matcher does not know it.</summary>
    public LoopSlot? SlotFor(string label) => LoopSlots.FromCompetencies(matcher, [label]).Slots.FirstOrDefault();

    /// <summary>Plans slots: a primary and a backup story each, none told twice.</summary>
    public LoopPlan Plan(IReadOnlyList<LoopSlot> slots) => LoopPlanner.Plan(matcher, slots);
}
