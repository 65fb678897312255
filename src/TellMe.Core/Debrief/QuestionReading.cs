using TellMe.Competencies;
using TellMe.Match;

namespace TellMe.Debrief;

/// <summary>
/// What a question asked in a real round probes, as a debrief records it: the general competency the matcher
/// ranks first, and the principle of the bank's own frameworks when the question is really about one.
/// </summary>
/// <remarks>
/// The matcher always ranks the bank's principles, even for a question that is about none of them ("What
/// questions do you have for me?" still has a best principle, Dive deep, at a fraction of the score of
/// "Questions for the interviewer"). A principle is kept when it scores at least <see cref="PrincipleShare"/> of
/// the best general competency. Measured on the 42 main questions of the development transcripts against
/// examples/bank: of the 18 principles scoring under a third of it, none was clearly what the question asks about
/// (Ownership for "anything you'd like to ask me?", Dive deep for "What questions do you have for me?"); of the
/// 24 at a third or more, 3 were unrelated (Hire and develop the best for "Where are you in your search?") and
/// the principle questions kept theirs (Have Backbone for a disagreement with a manager at 0.39 of "Disagreeing
/// with a manager", Invent and simplify for a simplification, Earn trust for a sceptical team). Half would have
/// dropped Have Backbone there; a quarter would have kept Dive deep for "What questions do you have for me?".
/// </remarks>
/// <param name="Principle">The principle the question probes, named as the bank spells it; null when the bank has none or none fits.</param>
/// <param name="Competency">The general competency it probes; null when nothing matched.</param>
public sealed record QuestionReading(Competency? Principle, Competency? Competency)
{
    /// <summary>The least score of a principle, relative to the best general competency's, for it to count.</summary>
    public const double PrincipleShare = 1.0 / 3;

    /// <summary>The reading of a match.</summary>
    public static QuestionReading Of(MatchResult match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var competency = match.Competencies.IsDefaultOrEmpty ? null : match.Competencies[0];
        var principle = match.Principle is { } p && (competency is null || p.Score >= PrincipleShare * competency.Score) ? p : null;
        return new QuestionReading(Named(principle), Named(competency));
    }

    private static Competency? Named(CompetencyMatch? match) => match is null ? null : new Competency(match.Id, match.Name);
}
