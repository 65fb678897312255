using System.Text.Json.Serialization;
using TellMe.Match;

namespace TellMe.Cli.Output;

/// <summary>The JSON of one match (<c>tellme match --json</c>, and each line of <c>--batch</c>).</summary>
/// <param name="Line">The batch line it answers; absent for a single question.</param>
/// <param name="Question">The question as given.</param>
/// <param name="Principles">Principles of the bank's own frameworks the question probes, best first, named as the bank spells them.</param>
/// <param name="Competencies">Competencies of the general taxonomy the question probes, best first.</param>
/// <param name="Answers">The prepared answers that fit, best first.</param>
/// <param name="Stories">The stories that fit, best first.</param>
/// <param name="Notes">Remarks about the input; absent when there are none.</param>
public sealed record MatchJson(
    int? Line,
    string Question,
    IReadOnlyList<MatchJson.CompetencyJson> Principles,
    IReadOnlyList<MatchJson.CompetencyJson> Competencies,
    IReadOnlyList<MatchJson.AnswerJson> Answers,
    IReadOnlyList<MatchJson.StoryJson> Stories,
    IReadOnlyList<string>? Notes)
{
    /// <summary>The JSON of a result.</summary>
    public static MatchJson From(MatchResult result, int? line) => new(
        line,
        result.Question,
        [.. result.Principles.Select(CompetencyJson.From)],
        [.. result.Competencies.Select(CompetencyJson.From)],
        [.. result.Answers.Select(a => new AnswerJson(a.Key, a.Story, a.Score, a.Why))],
        [.. result.Stories.Select(s => new StoryJson(s.Id, s.Title, s.Score, s.Why))],
        result.Notes.IsEmpty ? null : result.Notes);

    /// <summary>A principle or competency: <c>framework</c> and <c>id</c> as in the bank or <c>data/competencies.yaml</c>, the name as the bank spells it.</summary>
    public sealed record CompetencyJson(string Framework, string Id, string Name, double Score)
    {
        /// <summary>The JSON of a competency match.</summary>
        public static CompetencyJson From(CompetencyMatch match) => new(match.Id.Framework, match.Id.Slug, match.Name, match.Score);
    }

    /// <summary>An answer: <c>story</c> is always present (null for an answer that tells no story), as documented.</summary>
    public sealed record AnswerJson(string Key, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Story, double Score, string Why);

    /// <summary>A story.</summary>
    public sealed record StoryJson(string Id, string Title, double Score, string Why);
}

/// <summary>A batch line that could not be matched.</summary>
/// <param name="Line">Its number.</param>
/// <param name="Question">Its text.</param>
/// <param name="Error">Why it was not matched.</param>
public sealed record BatchErrorJson(int Line, string Question, string Error);
