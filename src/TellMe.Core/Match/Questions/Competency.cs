using System.Collections.Immutable;

namespace TellMe.Match.Questions;

/// <summary>
/// One thing an interviewer probes, such as Amazon's <c>dive-deep</c> or the general <c>tight-deadline</c>:
/// the unit the matcher classifies questions into and maps the user's answers and stories onto.
/// </summary>
/// <param name="Framework">The taxonomy it belongs to: <c>amazon</c> or <c>general</c>.</param>
/// <param name="Id">A slug, unique within the framework; Amazon's equal the bank's principle IDs.</param>
/// <param name="Name">The question bank's display name; a bank's own principle name wins when shown to the user.</param>
/// <param name="Keywords">Words and phrases interviewers use when they probe it.</param>
public sealed record Competency(string Framework, string Id, string Name, ImmutableArray<string> Keywords)
{
    /// <summary>The label questions carry: <c>framework/id</c>.</summary>
    public string Label => $"{Framework}/{Id}";

    /// <summary>
    /// Names candidates commonly give a prepared answer for it ("Low Performer", "Questions for you", "Why
    /// leaving"): how the matcher reads the key of a user's answer. Interview vocabulary written by the team,
    /// in <c>data/competencies.yaml</c> under <c>answer-keys</c>.
    /// </summary>
    public ImmutableArray<string> AnswerKeys { get; init; } = [];
}
