using System.Collections.Immutable;
using System.Globalization;
using TellMe.Practice.Scheduling;

namespace TellMe.Debrief;

/// <summary>
/// The questions file of <c>tellme debrief --questions</c>: one question per line, optionally followed by
/// <c>| STORY-ID</c> (or an answer key), <c>| 1-4</c> (or again, hard, good, easy) and <c>| notes</c>. Blank
/// lines and lines starting with <c>#</c> are ignored.
/// </summary>
public static class QuestionList
{
    /// <summary>The format, for <c>--help</c>.</summary>
    public const string Format = """
        Tell me about a time you disagreed with your manager        a question alone
        Why do you want to work here? | Why US                       with the answer key (or story ID) you told
        Tell me about a failure | CR3 | 2                            with how it went: 1 again, 2 hard, 3 good, 4 easy
        Describe a tight deadline | IT2 | 4 | they loved the numbers  with free notes
        # a comment; blank lines are ignored
        """;

    /// <summary>Parses a questions file; problems name their line.</summary>
    public static (ImmutableArray<AskedQuestion> Questions, ImmutableArray<DebriefProblem> Problems) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var questions = ImmutableArray.CreateBuilder<AskedQuestion>();
        var problems = ImmutableArray.CreateBuilder<DebriefProblem>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('|').Select(f => f.Trim()).ToArray();
            if (fields.Length > 4)
            {
                problems.Add(new DebriefProblem(n + 1, $"{fields.Length} fields; write 'question | STORY-ID | 1-4 | notes' (notes may not contain '|')"));
                continue;
            }
            if (fields[0].Length == 0)
            {
                problems.Add(new DebriefProblem(n + 1, "the question is empty"));
                continue;
            }
            Rating? rating = null;
            if (fields.Length > 2 && fields[2].Length > 0)
            {
                if (TryParseRating(fields[2], out var r)) rating = r;
                else
                {
                    problems.Add(new DebriefProblem(n + 1, $"'{fields[2]}' is not a rating; use 1 (again), 2 (hard), 3 (good) or 4 (easy)"));
                    continue;
                }
            }
            questions.Add(new AskedQuestion(n + 1, fields[0],
                fields.Length > 1 && fields[1].Length > 0 ? fields[1] : null,
                rating,
                fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null));
        }
        return (questions.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Parses 1-4 or again, hard, good, easy.</summary>
    public static bool TryParseRating(string? text, out Rating rating)
    {
        rating = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "1" or "again": rating = Rating.Again; return true;
            case "2" or "hard": rating = Rating.Hard; return true;
            case "3" or "good": rating = Rating.Good; return true;
            case "4" or "easy": rating = Rating.Easy; return true;
            default: return false;
        }
    }

    /// <summary>"1 again" … "4 easy".</summary>
    public static string Describe(Rating rating) => string.Create(CultureInfo.InvariantCulture, $"{(int)rating} {rating.ToString().ToLowerInvariant()}");
}
