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

    /// <summary>
    /// True when the question asks for one of the prepared answers rather than a story ("Why us?", "Tell me about
    /// yourself", "Any questions for me?"): its best topic is told with an answer (<c>told-with: answer</c>) and
    /// outweighs every principle several times. A principle still ranks (some word always leans to one), but naming
    /// it would tell the user to prepare a story for a question that wants their answer.
    /// </summary>
    public bool AsksForPreparedAnswer { get; init; }

    /// <summary>The principle to show a person: <see cref="Principle"/>, unless the question asks for a prepared answer.</summary>
    public CompetencyMatch? ShownPrinciple => AsksForPreparedAnswer ? null : Principle;
}
