using System.Collections.Immutable;

namespace TellMe.Competencies;

/// <summary>
/// One thing an interviewer probes, such as Amazon's <c>dive-deep</c> or the general <c>tight-deadline</c>: the
/// unit questions are classified into, the user's answers and stories are profiled on, and practice cards train.
/// </summary>
/// <param name="Id">Framework and slug.</param>
/// <param name="Name">How to show it: the bank's spelling for a principle of the user's own framework, else the
/// taxonomy's name (<c>data/competencies.yaml</c>).</param>
public sealed record Competency(CompetencyId Id, string Name)
{
    /// <summary>Words and phrases interviewers use when they probe it (<c>keywords</c> in <c>data/competencies.yaml</c>).</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>
    /// Names candidates commonly give a prepared answer for it ("Low Performer", "Questions for you", "Why
    /// leaving"): how an answer's key is read (<see cref="AnswerKeyReader"/>). Interview vocabulary written by the
    /// team, in <c>data/competencies.yaml</c> under <c>answer-keys</c>.
    /// </summary>
    public ImmutableArray<string> AnswerKeys { get; init; } = [];

    /// <summary>
    /// True when the interviewer wants to hear a prepared answer rather than a story ("Why this company", "Tell me
    /// about yourself", "Any questions for me?"): a loop plan fills its slot with the user's answer when that
    /// answer tells no story, and saves the stories for the slots that need one. <c>told-with: answer</c> in
    /// <c>data/competencies.yaml</c>.
    /// </summary>
    public bool ToldWithAnswer { get; init; }

    /// <summary>The framework's ID.</summary>
    public string Framework => Id.Framework;

    /// <summary>The same competency under another name (the bank's spelling of a principle).</summary>
    public Competency Named(string name) => this with { Name = name };

    /// <inheritdoc />
    public override string ToString() => Id.ToString();
}
