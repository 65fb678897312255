using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TellMe.Check.Rules;

namespace TellMe.Practice.Feedback;

/// <summary>
/// Reads spoken or typed answers: sentences, filler words, STAR parts and numbers. Heuristics on cue
/// phrases, deliberately simple and explainable: a user who sees "no Result found" can tell why.
/// </summary>
public static partial class SpokenText
{
    /// <summary>The filler words and phrases counted.</summary>
    public static ImmutableArray<string> FillerWords { get; } =
        ["um", "uh", "er", "erm", "ah", "hmm", "like", "you know", "i mean", "basically", "actually", "literally", "honestly", "sort of", "kind of", "so yeah"];

    private static readonly HashSet<string> Hums = ["um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "ah", "ahh", "hmm", "mm"];

    // "like" is a filler unless it is a verb or a comparison: "I'd like", "looks like", "like to".
    private static readonly HashSet<string> LikeVerbs =
        ["would", "i'd", "we'd", "they'd", "you'd", "look", "looks", "looked", "looking", "feel", "feels", "felt", "seem", "seems", "seemed",
         "sound", "sounds", "sounded", "didn't", "don't", "doesn't", "not", "just", "more", "much", "things", "something", "anything", "nothing"];

    // "kind of"/"sort of" are fillers unless they name a kind: "what kind of", "this sort of".
    private static readonly HashSet<string> KindDeterminers = ["what", "which", "this", "that", "the", "a", "any", "some", "every", "each", "same", "one", "other", "another", "different", "all"];

    private static readonly string[] SituationCues =
        ["situation", "context", "background", "at the time", "back in", "back then", "when i was", "i was working", "i worked at", "i was at",
         "we had a", "there was", "the problem", "problem was", "at my previous", "at my last", "at my current", "our team", "the team was"];

    private static readonly string[] TaskCues =
        ["my task", "the task", "task was", "responsible for", "my goal", "the goal", "goal was", "my job was", "my role was", "i needed to",
         "i had to", "we needed to", "we had to", "i was asked", "was asked to", "mission", "objective", "my responsibility", "i was tasked", "needed to"];

    private static readonly string[] ResultCues =
        ["as a result", "result", "in the end", "outcome", "ended up", "eventually", "finally", "reduced", "increased", "improved", "saved",
         "decreased", "grew", "achieved", "delivered", "shipped", "launched", "led to", "impact", "percent", "%", "learned", "lesson", "since then",
         "succeeded", "successfully", "cut", "dropped", "faster", "fewer", "solved"];

    private static readonly HashSet<string> IrregularPast =
        ["built", "wrote", "led", "ran", "made", "took", "set", "found", "brought", "began", "chose", "drove", "gave", "got", "held", "kept", "knew",
         "met", "paid", "put", "sent", "spent", "spoke", "stood", "taught", "thought", "told", "went", "won", "did", "split", "rewrote", "fought", "sought", "dug", "caught"];

    [GeneratedRegex(@"[^.!?\n]+[.!?]*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceRegex();

    [GeneratedRegex(@"\d|\b(percent|half|twice|double[sd]?|triple[sd]?|tenfold|hundreds?|thousands?|millions?|billions?|dozens?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"^\s*[-*]?\s*\**(?<label>[A-Za-z][A-Za-z ]{1,30}?)\**\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    /// <summary>The sentences of a text (split at . ! ? and line breaks), trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceRegex().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Length > 0)];

    /// <summary>True when the text has a digit or a number word ("half", "twice", "thousands").</summary>
    public static bool HasNumber(string text) => NumberRegex().IsMatch(text);

    /// <summary>Filler words and phrases with counts, most frequent first.</summary>
    public static ImmutableArray<FillerCount> Fillers(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var filler in FindFillers(Language.WordSets.Words(text).ToList()))
            counts[filler.Filler] = counts.GetValueOrDefault(filler.Filler) + 1;
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FillerCount(c.Key, c.Value))];
    }

    /// <summary>
    /// Where the fillers are in a list of lower-case words (as <see cref="Language.WordSets.Words"/> gives them):
    /// each with the index of its first word and how many words it spans. A spoken answer maps these back to
    /// the words' times.
    /// </summary>
    public static IEnumerable<FillerMatch> FindFillers(IReadOnlyList<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i], next = i + 1 < words.Count ? words[i + 1] : "", prev = i > 0 ? words[i - 1] : "";
            if (Hums.Contains(w)) yield return new(i, 1, w.StartsWith('u') ? (w.Contains('m') ? "um" : "uh") : w is "ahh" ? "ah" : w is "mm" ? "hmm" : w);
            else if (w == "like" && !LikeVerbs.Contains(prev) && next is not ("to" or "this" or "that" or "it" or "them" or "him" or "her")) yield return new(i, 1, "like");
            else if (w is "basically" or "actually" or "literally" or "honestly") yield return new(i, 1, w);
            else if (w == "you" && next == "know" && (i + 2 >= words.Count || words[i + 2] is not ("how" or "what" or "why" or "where" or "when" or "that" or "the" or "about"))) { yield return new(i, 2, "you know"); i++; }
            else if (w == "i" && next == "mean" && (i + 2 >= words.Count || words[i + 2] is not ("it" or "that" or "to"))) { yield return new(i, 2, "i mean"); i++; }
            else if (w is "kind" or "sort" && next == "of" && !KindDeterminers.Contains(prev)) { yield return new(i, 2, $"{w} of"); i++; }
            else if (w == "so" && next == "yeah") { yield return new(i, 2, "so yeah"); i++; }
        }
    }

    /// <summary>What each sentence of the answer tells, as far as cue phrases show.</summary>
    public static IReadOnlyList<(string Sentence, StarPart? Part)> Classify(string text)
    {
        var result = new List<(string, StarPart?)>();
        StarPart? labelled = null;
        foreach (var line in text.Split('\n'))
        {
            // A written answer may label its parts ("Situation: …", "**Result:** …"): the label wins until the next one.
            var m = LabelRegex().Match(line);
            if (m.Success && PartOfLabel(m.Groups["label"].Value.Trim()) is { } part) labelled = part;
            foreach (var sentence in Sentences(line))
                result.Add((sentence, labelled ?? Cue(sentence)));
        }
        return SituationFirst(result);
    }

    /// <summary>
    /// What each of the given sentences tells: for a spoken answer, whose sentences come from the pauses
    /// between words rather than from punctuation.
    /// </summary>
    public static IReadOnlyList<(string Sentence, StarPart? Part)> Classify(IReadOnlyList<string> sentences) =>
        SituationFirst([.. sentences.Select(s => (s, Cue(s)))]);

    // What is told before the task, action or result is the context, whatever its words.
    private static List<(string, StarPart?)> SituationFirst(List<(string, StarPart?)> result)
    {
        int first = result.FindIndex(r => r.Item2 is StarPart.Task or StarPart.Action or StarPart.Result);
        for (int i = 0; i < first; i++)
            if (result[i].Item2 is null) result[i] = (result[i].Item1, StarPart.Situation);
        return result;
    }

    /// <summary>Which STAR parts an answer contains.</summary>
    public static StarPresence Star(string text)
    {
        var parts = Classify(text).Select(c => c.Part).ToHashSet();
        return new StarPresence(parts.Contains(StarPart.Situation), parts.Contains(StarPart.Task), parts.Contains(StarPart.Action), parts.Contains(StarPart.Result));
    }

    private static StarPart? PartOfLabel(string label) =>
        StarSections.Is(label, StarSections.Situation) ? StarPart.Situation
        : StarSections.Is(label, StarSections.Task) ? StarPart.Task
        : StarSections.Is(label, StarSections.Action) ? StarPart.Action
        : StarSections.Is(label, StarSections.Result) ? StarPart.Result
        : null;

    private static StarPart? Cue(string sentence)
    {
        string s = " " + string.Join(' ', Language.WordSets.Words(sentence)) + " ";
        string raw = sentence.ToLowerInvariant();
        bool Has(string[] cues) => cues.Any(c => c == "%" ? raw.Contains('%') : s.Contains(" " + c + " ", StringComparison.Ordinal));
        if (Has(ResultCues)) return StarPart.Result;
        if (Has(TaskCues)) return StarPart.Task;
        if (IsAction(Language.WordSets.Words(sentence).ToList())) return StarPart.Action;
        if (Has(SituationCues)) return StarPart.Situation;
        return null;
    }

    // "I" followed (within two words) by a past-tense verb: "I rewrote", "I then proposed", "so I quickly built".
    private static bool IsAction(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] != "i") continue;
            for (int j = i + 1; j <= Math.Min(i + 2, words.Count - 1); j++)
            {
                string w = words[j];
                if (IrregularPast.Contains(w) || (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && w != "wanted"))
                    return true;
            }
        }
        return false;
    }
}

/// <summary>A filler found in a list of words.</summary>
/// <param name="Index">The index of its first word.</param>
/// <param name="Length">How many words it spans ("you know": 2).</param>
/// <param name="Filler">The filler as <see cref="SpokenText.FillerWords"/> names it.</param>
public readonly record struct FillerMatch(int Index, int Length, string Filler);

/// <summary>A part of a STAR answer.</summary>
public enum StarPart
{
    /// <summary>Where and when, what was wrong.</summary>
    Situation,
    /// <summary>What the candidate had to achieve.</summary>
    Task,
    /// <summary>What the candidate did.</summary>
    Action,
    /// <summary>What came of it.</summary>
    Result,
}
