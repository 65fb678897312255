using System.Collections.Immutable;

namespace TellMe.Match;

/// <summary>
/// What one question matched: the principles of the user's own frameworks, the general competencies, the
/// answers and the stories, each ranked best first, plus notes on anything about the input the user should know
/// (it was empty, cut, or shared no word with anything).
/// </summary>
/// <param name="Question">The question as given.</param>
/// <param name="Principles">Principles of the bank's own frameworks the question probes (one framework when
/// the match asked for one), named as the bank spells them: what the user prepared for.</param>
/// <param name="Competencies">The general taxonomy's competencies the question probes (every competency of the
/// question bank that is not a principle of the bank).</param>
/// <param name="Answers">The user's prepared answers that fit.</param>
/// <param name="Stories">The user's stories that fit.</param>
/// <param name="Notes">Plain-language remarks about the input; empty when all went as expected.</param>
public sealed record MatchResult(
    string Question,
    ImmutableArray<CompetencyMatch> Principles,
    ImmutableArray<CompetencyMatch> Competencies,
    ImmutableArray<AnswerMatch> Answers,
    ImmutableArray<StoryMatch> Stories,
    ImmutableArray<string> Notes)
{
    /// <summary>True when nothing at all matched.</summary>
    public bool IsEmpty => Principles.IsEmpty && Competencies.IsEmpty && Answers.IsEmpty && Stories.IsEmpty;

    /// <summary>The principle the question most likely probes, or null.</summary>
    public CompetencyMatch? Principle => Principles.IsDefaultOrEmpty ? null : Principles[0];
}
