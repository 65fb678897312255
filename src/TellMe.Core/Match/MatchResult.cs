using System.Collections.Immutable;

namespace TellMe.Match;

/// <summary>
/// What one question matched: competencies, answers and stories, each ranked best first, plus notes on
/// anything about the input the user should know (it was empty, cut, or shared no word with anything).
/// </summary>
/// <param name="Question">The question as given.</param>
/// <param name="Competencies">What the question probes.</param>
/// <param name="Answers">The user's prepared answers that fit.</param>
/// <param name="Stories">The user's stories that fit.</param>
/// <param name="Notes">Plain-language remarks about the input; empty when all went as expected.</param>
public sealed record MatchResult(
    string Question,
    ImmutableArray<CompetencyMatch> Competencies,
    ImmutableArray<AnswerMatch> Answers,
    ImmutableArray<StoryMatch> Stories,
    ImmutableArray<string> Notes)
{
    /// <summary>True when nothing at all matched.</summary>
    public bool IsEmpty => Competencies.IsEmpty && Answers.IsEmpty && Stories.IsEmpty;
}
