using System.Text.Json.Serialization;
using TellMe.Match;

namespace TellMe.Cli.Output;

/// <summary><c>match --json</c>, and one line of <c>match --batch</c> (with its line number).</summary>
public sealed record MatchJson(
    int? Line,
    string Question,
    IReadOnlyList<CompetencyMatch> Competencies,
    IReadOnlyList<MatchAnswerJson> Answers,
    IReadOnlyList<MatchStoryJson> Stories,
    IReadOnlyList<string>? Notes)
{
    /// <summary>The JSON of one match.</summary>
    public static MatchJson From(MatchResult result, int? line) => new(
        line,
        result.Question,
        [.. result.Competencies],
        [.. result.Answers.Select(a => new MatchAnswerJson(a.Key, a.Story, a.Score, a.Why))],
        [.. result.Stories.Select(s => new MatchStoryJson(s.Id, s.Title, s.Score, s.Why))],
        result.Notes.IsEmpty ? null : [.. result.Notes]);
}

/// <summary>An answer that fits: <c>story</c> is always present (null for an answer that tells no story), as documented.</summary>
public sealed record MatchAnswerJson(string Key, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Story, double Score, string Why);

/// <summary>A story that fits.</summary>
public sealed record MatchStoryJson(string Id, string Title, double Score, string Why);

/// <summary>A <c>match --batch</c> line that could not be matched.</summary>
public sealed record MatchBatchErrorJson(int Line, string Question, string Error);
