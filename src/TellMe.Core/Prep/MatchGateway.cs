using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match;
using TellMe.Match.Questions;
using TellMe.Plan;

namespace TellMe.Prep;

/// <summary>
/// The one place where prep and debrief call the matcher and the loop planner, through their public entry
/// points only (<see cref="Matcher.Match"/>, <see cref="LoopSlots.ForCompetency"/>, <see cref="LoopPlanner.Plan"/>).
/// Kept in one file so a change to matching touches these features here alone.
/// </summary>
internal sealed class MatchGateway(Matcher matcher)
{
    /// <summary>The matcher.</summary>
    public Matcher Matcher => matcher;

    /// <summary>The bank matched against.</summary>
    public StoryBank Bank => matcher.Bank;

    /// <summary>The labelled question bank (the taxonomy and its example questions).</summary>
    public QuestionBank Questions => matcher.Questions;

    /// <summary>What a question probes, with its prepared answers and stories, best first.</summary>
    public MatchResult Match(string question, int top = 3) => matcher.Match(question, top);

    /// <summary>
    /// The competency a sentence reads as, when it is read as an interview question: the better scored of the
    /// best principle of the bank's frameworks and the best competency of the taxonomy (the matcher scores both on
    /// one scale); null when none.
    /// </summary>
    public CompetencyMatch? Classify(string sentence) => Top(matcher.Match(sentence, 1));

    /// <summary>The best reading of a match over principles and competencies together; null when it has none.</summary>
    public static CompetencyMatch? Top(MatchResult match)
    {
        var principle = match.Principle;
        var competency = match.Competencies.IsDefaultOrEmpty ? null : match.Competencies[0];
        return principle is null ? competency : competency is null || principle.Score >= competency.Score ? principle : competency;
    }

    /// <summary>A loop slot for a competency, named as the bank names it; null when the matcher does not know it.</summary>
    public LoopSlot? SlotFor(CompetencyId id) => LoopSlots.ForCompetency(matcher, id);

    /// <summary>Plans slots: a primary and a backup story each, none told twice.</summary>
    public LoopPlan Plan(IReadOnlyList<LoopSlot> slots) => LoopPlanner.Plan(matcher, slots, preparedAnswers: false); // which stories cover each slot
}
