using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TellMe.Language;

/// <summary>
/// When a question or an answer key is set: in the past ("Why did you leave?", "What made you step away?") or now
/// ("Why are you looking?", "What's prompting you to move on now?"). General English, no word of one user.
/// </summary>
/// <remarks>
/// A candidate's motivation answers are near neighbours that differ mostly in time: "Why left CTO" is a move they
/// made, "Why searching a new position" the one they are making; both are "why leave" to every word list. The
/// question's tense tells them apart where its words cannot. Only a few plain markers are read — auxiliaries
/// ("did", "was", "are", "'re"), time words ("ago", "now", "currently"), irregular past forms, and a pronoun followed
/// by a past form ("you joined") — so a sentence with none of them, or with as many of each, is 0: no opinion.
/// </remarks>
public static partial class Tense
{
    private static readonly FrozenSet<string> PastWords = FrozenSet.Create(StringComparer.Ordinal,
        "did", "didn't", "was", "wasn't", "were", "weren't", "had", "ago", "previously", "formerly", "former", "earlier", "back then");

    private static readonly FrozenSet<string> PresentWords = FrozenSet.Create(StringComparer.Ordinal,
        "now", "currently", "current", "today", "nowadays", "presently", "these days", "am", "are", "aren't", "is", "isn't",
        "you're", "we're", "i'm", "what's", "that's", "it's", "who's", "there's", "where's");

    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.Ordinal, "i", "you", "we", "they", "he", "she");

    /// <summary>
    /// From -1 (all in the past) to 1 (all now): the share of present markers minus the share of past ones; 0 when
    /// the text has neither or as many of each.
    /// </summary>
    public static double Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int past = 0, present = 0;
        string previous = "";
        foreach (System.Text.RegularExpressions.Match match in Word().Matches(text))
        {
            string word = match.Value.ToLowerInvariant().Replace('’', '\'');
            string pair = previous + " " + word;
            if (PastWords.Contains(word) || PastWords.Contains(pair) || IsIrregularPast(word)
                || (Pronouns.Contains(previous) && IsPastForm(word)))
                past++;
            else if (PresentWords.Contains(word) || PresentWords.Contains(pair))
                present++;
            previous = word;
        }
        return past + present == 0 ? 0 : (double)(present - past) / (present + past);
    }

    /// <summary>
    /// The time an answer key names with its verb: -1 for a past move ("Why left CTO", "Why joined"), 1 for one under
    /// way ("Why searching a new position", "Why leaving"), 0 for a key with no verb ("Why US", "Conflict", "Past
    /// Job"). Only the word right after "Why" is read as the verb: "Technically Challenging" is not a present move,
    /// and "Past Job" names a topic (the career story), not the time of a move.
    /// </summary>
    public static int OfKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = Word().Matches(key).Select(m => m.Value.ToLowerInvariant()).ToArray();
        if (words.Length < 2 || words[0] != "why") return 0;
        string verb = words[1];
        if (verb.EndsWith("ing", StringComparison.Ordinal) && IsMove(verb[..^3])) return 1;
        if (verb == "left" || (IrregularForms.BaseOf(verb) is { } root && MoveVerbs.Contains(root))) return -1;
        if (verb.EndsWith("ied", StringComparison.Ordinal) && MoveVerbs.Contains(verb[..^3] + "y")) return -1;
        if (verb.EndsWith("ed", StringComparison.Ordinal) && IsMove(verb[..^2])) return -1;
        return 0;
    }

    // The verbs of a career move, as answer keys name them; a key's "-ing" word that is not one of them is a field
    // or a topic ("Why engineering", "Why freelancing"), not a move under way.
    private static readonly FrozenSet<string> MoveVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "leave", "look", "search", "seek", "change", "switch", "move", "quit", "relocate", "join", "apply", "consider",
        "interview", "explore", "resign", "step", "transition", "pivot", "return", "go", "want");

    // "search" from "search", "leav" + e, "quitt" with its doubled consonant dropped.
    private static bool IsMove(string stem) =>
        MoveVerbs.Contains(stem) || MoveVerbs.Contains(stem + "e")
        || (stem.Length > 2 && stem[^1] == stem[^2] && MoveVerbs.Contains(stem[..^1]));

    private static bool IsIrregularPast(string word) => IrregularForms.BaseOf(word) is { } root && root != word;

    private static bool IsPastForm(string word) =>
        (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) || word == "left" || IsIrregularPast(word);

    [GeneratedRegex(@"[\p{L}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
