using System.Collections.Immutable;
using TellMe.Competencies;

namespace TellMe.Match.Questions;

/// <summary>An interview question and the competencies it probes, most important first.</summary>
/// <param name="Text">The question as an interviewer might say it.</param>
/// <param name="Competencies">Labels such as <c>amazon/dive-deep</c>; the first is the primary one.</param>
public sealed record LabelledQuestion(string Text, ImmutableArray<CompetencyId> Competencies)
{
    /// <summary>
    /// False for a question kept only to teach the matcher how people ask (a file with <c>practice: false</c>:
    /// transcribed wordings, broken English, rambling asides). It trains the classifier but is never offered as a
    /// drill prompt or a plan's example question, where the user reads it.
    /// </summary>
    public bool ForPractice { get; init; } = true;
}
