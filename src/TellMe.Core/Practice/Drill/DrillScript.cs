using System.Collections.Immutable;
using TellMe.Practice.Scheduling;

namespace TellMe.Practice.Drill;

/// <summary>What one script step does with the card shown.</summary>
public enum ScriptAction
{
    /// <summary>Rate the card (after feedback on the answer, if the step has one).</summary>
    Rate,
    /// <summary>Skip the card without rating it.</summary>
    Skip,
    /// <summary>End the session.</summary>
    Quit,
}

/// <summary>One step of a drill script: one card's answer and rating.</summary>
/// <param name="Line">The line of the rating, for messages.</param>
/// <param name="Action">What to do.</param>
/// <param name="Rating">The rating, for <see cref="ScriptAction.Rate"/>.</param>
/// <param name="Answer">The typed answer, if any.</param>
public sealed record ScriptStep(int Line, ScriptAction Action, Rating? Rating, string? Answer);

/// <summary>A script line that cannot be read.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What is wrong and how to write it.</param>
public sealed record ScriptError(int Line, string Message);

/// <summary>
/// The non-interactive drill format (<c>tellme drill --script FILE</c>): one step per card, in order.
/// </summary>
/// <remarks>
/// <code>
/// # A comment; blank lines are ignored.
/// answer: I was the incident commander for a UI server that crashed…   (optional; several lines add up)
/// good                      rate the card shown: again|hard|good|easy or 1–4
/// 3 | I migrated 5k servers from Google Cloud to Oracle Cloud…     rating with a one-line answer
/// got                       with --pass-fail: got (Good) or missed (Again); 1 = missed, 2 = got
/// skip                      skip the card, no rating
/// q                         end the session (also: quit)
/// </code>
/// Ratings are case-insensitive. An answer gets feedback before the rating is applied. <c>got</c> and
/// <c>missed</c> are accepted in both modes; digits follow the mode (1–4, or 1–2 with --pass-fail).
/// </remarks>
public static class DrillScript
{
    /// <summary>The format, for help texts.</summary>
    public const string Format = """
        # comment               blank lines and lines starting with # are ignored
        answer: TEXT            the typed answer to the next card (repeat to add lines)
        RATING [| TEXT]         rate the card shown: again|hard|good|easy or 1-4; with --pass-fail
                                missed|got or 1-2; TEXT is a one-line answer (feedback comes first)
        skip                    skip the card without rating it
        q                       end the session (also: quit)
        """;

    /// <summary>Parses a script; either steps or the errors, with line numbers.</summary>
    public static (ImmutableArray<ScriptStep> Steps, ImmutableArray<ScriptError> Errors) Parse(string text, bool passFail)
    {
        ArgumentNullException.ThrowIfNull(text);
        var steps = ImmutableArray.CreateBuilder<ScriptStep>();
        var errors = ImmutableArray.CreateBuilder<ScriptError>();
        var answer = new List<string>();
        int answerLine = 0;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int number = i + 1;
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("answer:", StringComparison.OrdinalIgnoreCase))
            {
                if (answer.Count == 0) answerLine = number;
                answer.Add(line["answer:".Length..].Trim());
                continue;
            }
            string head = line, inline = "";
            int bar = line.IndexOf('|');
            if (bar >= 0) (head, inline) = (line[..bar].Trim(), line[(bar + 1)..].Trim());
            string word = head.ToLowerInvariant();
            if (word is "q" or "quit")
            {
                if (bar >= 0) errors.Add(new ScriptError(number, "'q' takes no answer"));
                steps.Add(new ScriptStep(number, ScriptAction.Quit, null, null));
                answer.Clear();
                continue;
            }
            if (word == "skip")
            {
                steps.Add(new ScriptStep(number, ScriptAction.Skip, null, Join(answer, inline)));
                answer.Clear();
                continue;
            }
            if (ParseRating(word, passFail) is not { } rating)
            {
                errors.Add(new ScriptError(number, $"'{Shorten(line)}' is not a step: write a rating ({(passFail ? "missed, got, 1 or 2" : "again, hard, good, easy or 1-4")}), " +
                    "optionally '| answer', or 'answer: …', 'skip', 'q'"));
                continue;
            }
            steps.Add(new ScriptStep(number, ScriptAction.Rate, rating, Join(answer, inline)));
            answer.Clear();
        }
        if (answer.Count > 0)
            errors.Add(new ScriptError(answerLine, "an answer with no rating after it: add a rating line (e.g. 'good') or 'skip'"));
        if (steps.Count == 0 && errors.Count == 0)
            errors.Add(new ScriptError(1, "the script has no steps: write one rating per card (e.g. 'good'), see tellme drill --help"));
        return (steps.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>A rating word or digit, or null. Pass/fail mode maps missed → Again and got → Good.</summary>
    public static Rating? ParseRating(string word, bool passFail) => word.Trim().ToLowerInvariant() switch
    {
        "missed" or "miss" or "missed it" => Rating.Again,
        "got" or "got it" => Rating.Good,
        "1" => Rating.Again,
        "2" => passFail ? Rating.Good : Rating.Hard,
        "3" when !passFail => Rating.Good,
        "4" when !passFail => Rating.Easy,
        "again" when !passFail => Rating.Again,
        "hard" when !passFail => Rating.Hard,
        "good" when !passFail => Rating.Good,
        "easy" when !passFail => Rating.Easy,
        _ => null,
    };

    private static string? Join(List<string> answer, string inline)
    {
        var parts = answer.Where(a => a.Length > 0).ToList();
        if (inline.Length > 0) parts.Add(inline);
        return parts.Count == 0 ? null : string.Join('\n', parts);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
