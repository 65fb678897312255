using System.Collections.Immutable;
using System.Globalization;
using TellMe.Check.Rules;
using TellMe.Language;
using TellMe.Practice.Cards;

namespace TellMe.Practice.Feedback;

/// <summary>
/// Gives feedback on an answer to a card: length against the target at a speaking speed, STAR parts, "I"
/// versus "we", fillers, a number in the result, and which of the card's key points were said. Pure: the
/// same text and card always give the same feedback.
/// </summary>
public static class FeedbackAnalyzer
{
    // Content words only: the key points' function words say nothing about whether a point was made.
    private static readonly TextAnalyzer Analyzer = new(Porter2Stemmer.Instance.Stem, new StopWords(StopWords.FunctionWords));

    /// <summary>Share of a key point's content words the answer must use for the point to count as said.</summary>
    public const double CoverageThreshold = 0.4;

    /// <summary>Feedback on <paramref name="answer"/> as an answer to <paramref name="card"/>.</summary>
    public static AnswerFeedback Analyze(string answer, Card card, FeedbackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(card);
        options ??= new FeedbackOptions();
        int wpm = options.WordsPerMinute > 0 ? options.WordsPerMinute : 150;

        int words = WordSets.Words(answer).Count();
        bool measured = options.Spoken is { } spoken && spoken > TimeSpan.Zero;
        var speaking = measured ? options.Spoken!.Value : TimeSpan.FromSeconds(Math.Round(words * 60.0 / wpm));
        var (i, we) = Pronouns.Count(answer);
        var fillers = SpokenText.Fillers(answer);
        var resultSentences = SpokenText.Classify(answer).Where(c => c.Part == StarPart.Result).Select(c => c.Sentence).ToList();
        bool resultHasNumber = resultSentences.Any(SpokenText.HasNumber);

        var answerTerms = Terms(answer);
        var (telling, coverage) = BestTelling(card, answer, answerTerms);
        var star = Told(SpokenText.Star(answer), coverage);

        var findings = ImmutableArray.CreateBuilder<FeedbackFinding>();
        findings.Add(LengthFinding(words, speaking, options.Target, wpm, measured));
        // A motivation answer ("Why US", "Career Goal") is not a STAR story: judge STAR and numbers only for stories.
        bool isStory = telling is null || telling.Star.IsStory;
        findings.Add(isStory ? StarFinding(star) : new(FeedbackAspect.Star, true, "not a STAR story: no parts expected", "keep it short and direct"));
        findings.Add(FirstPersonFinding(i, we));
        findings.Add(FillerFinding(fillers, words));
        findings.Add(isStory || resultHasNumber
            ? NumberFinding(resultSentences.Count > 0, resultHasNumber, telling)
            : new(FeedbackAspect.Number, true, "not a STAR story: no result expected", "a concrete number (years, users, servers) still helps"));
        findings.Add(KeyPointFinding(coverage));

        return new AnswerFeedback
        {
            Words = words,
            Speaking = speaking,
            Measured = measured,
            Target = options.Target,
            WordsPerMinute = wpm,
            Star = star,
            I = i,
            We = we,
            Fillers = fillers,
            ResultHasNumber = resultHasNumber,
            ComparedWith = telling,
            KeyPoints = coverage,
            Findings = findings.ToImmutable(),
        };
    }

    /// <summary>
    /// The STAR parts told: those the answer's sentences read as (cue phrases), and those whose own key point of
    /// the card the answer covered. Cue phrases alone judged the answer without the card: a context sentence
    /// with a result word ("…which cut conversion") counted as the result, so one report said "STAR missing:
    /// Situation" and "covered: Situation". Saying the story's situation is telling the situation.
    /// </summary>
    private static StarPresence Told(StarPresence cues, ImmutableArray<KeyPointCoverage> coverage)
    {
        bool Covered(string[] names) => coverage.Any(c => c.Covered && StarSections.Is(c.Point.Label, names));
        return new StarPresence(
            cues.Situation || Covered(StarSections.Situation),
            cues.Task || Covered(StarSections.Task),
            cues.Action || Covered(StarSections.Action),
            cues.Result || Covered(StarSections.Result));
    }

    /// <summary>The stemmed content words of a text.</summary>
    public static HashSet<string> Terms(string text) => new(Analyzer.Analyze(text), StringComparer.Ordinal);

    // A principle card accepts any of its stories: compare with the one the answer names, else the one it covers best.
    private static (CardTelling?, ImmutableArray<KeyPointCoverage>) BestTelling(Card card, string answer, HashSet<string> answerTerms)
    {
        if (card.Tellings.IsDefaultOrEmpty) return (null, []);
        var named = card.Tellings.Where(t => t.StoryRef.Length > 1 && !t.StoryRef.StartsWith('(') &&
            WordSets.Words(answer).Contains(t.StoryRef.ToLowerInvariant())).ToList();
        var candidates = named.Count > 0 ? named : [.. card.Tellings];
        CardTelling? best = null;
        ImmutableArray<KeyPointCoverage> bestCoverage = [];
        double bestScore = -1;
        foreach (var telling in candidates)
        {
            var coverage = Coverage(telling, answerTerms);
            double score = coverage.Length == 0 ? 0 : coverage.Sum(c => c.Terms == 0 ? 0 : c.Shared / (double)c.Terms) / coverage.Length;
            if (score > bestScore) (best, bestCoverage, bestScore) = (telling, coverage, score);
        }
        return (best, bestCoverage);
    }

    private static ImmutableArray<KeyPointCoverage> Coverage(CardTelling telling, HashSet<string> answerTerms)
    {
        var result = ImmutableArray.CreateBuilder<KeyPointCoverage>(telling.KeyPoints.Length);
        foreach (var point in telling.KeyPoints)
        {
            var terms = Terms(point.Label + " " + point.Text);
            int shared = WordSets.Shared(terms, answerTerms);
            int needed = Math.Max(1, (int)Math.Ceiling(terms.Count * CoverageThreshold));
            result.Add(new KeyPointCoverage(point, terms.Count > 0 && shared >= needed, shared, terms.Count));
        }
        return result.MoveToImmutable();
    }

    private static FeedbackFinding LengthFinding(int words, TimeSpan speaking, TimeSpan target, int wpm, bool spoken)
    {
        string measured = spoken
            ? $"{words} words in {Clock(speaking)}, first word to last (target {Clock(target)})"
            : $"{words} words, about {Clock(speaking)} at {wpm} words a minute (target {Clock(target)})";
        if (words == 0)
            return new(FeedbackAspect.Length, false, "no words", "say or type the whole answer, as in the interview");
        if (speaking > target)
        {
            int cut = (int)Math.Ceiling((speaking - target).TotalMinutes * wpm);
            return new(FeedbackAspect.Length, false, $"{measured}: {Clock(speaking - target)} too long",
                $"cut about {cut} words: keep the situation to two sentences and leave details for follow-up questions");
        }
        if (speaking < target * 0.4)
            return new(FeedbackAspect.Length, false, $"{measured}: short",
                $"you have {Clock(target - speaking)} more: say what you did step by step, and the result with its number");
        return new(FeedbackAspect.Length, true, $"{measured}: fits", "keep this length");
    }

    private static FeedbackFinding StarFinding(StarPresence star)
    {
        var missing = star.Missing;
        if (missing.IsEmpty)
            return new(FeedbackAspect.Star, true, "Situation, Task, Action and Result are all there", "keep the order: a short situation, most of the time on the action");
        string suggestion = missing[0] switch
        {
            "Situation" => "open with one or two sentences of context: where you were, what was at stake",
            "Task" => "say what you had to achieve: \"My goal was…\", \"I was responsible for…\"",
            "Action" => "say what you did, in the first person and past tense: \"I analysed…\", \"I proposed…\"",
            _ => "end with the result: \"As a result, …\", with a number",
        };
        if (missing.Length > 1) suggestion += $"; then add the {string.Join(" and ", missing.Skip(1))}";
        return new(FeedbackAspect.Star, false, $"missing: {string.Join(", ", missing)}", suggestion);
    }

    private static FeedbackFinding FirstPersonFinding(int i, int we)
    {
        string measured = $"\"I\" {i} times, \"we\" {we} times";
        if (we > i)
            return new(FeedbackAspect.FirstPerson, false, measured,
                "the interviewer assesses what you did: turn \"we decided…\" into \"I proposed…, the team agreed\"");
        if (i == 0)
            return new(FeedbackAspect.FirstPerson, false, measured, "tell it in the first person: \"I…\"");
        return new(FeedbackAspect.FirstPerson, true, measured, "good: your own part is clear");
    }

    private static FeedbackFinding FillerFinding(ImmutableArray<FillerCount> fillers, int words)
    {
        int total = fillers.Sum(f => f.Count);
        if (total == 0) return new(FeedbackAspect.Fillers, true, "no filler words", "keep pausing silently instead of filling");
        string list = string.Join(", ", fillers.Select(f => $"\"{f.Filler}\" ×{f.Count}"));
        bool many = total >= 3 || (words > 0 && total * 100.0 / words >= 2);
        return many
            ? new(FeedbackAspect.Fillers, false, $"{total} filler{(total == 1 ? "" : "s")}: {list}", $"pause silently instead of saying \"{fillers[0].Filler}\": a pause sounds sure, a filler unsure")
            : new(FeedbackAspect.Fillers, true, $"{total} filler{(total == 1 ? "" : "s")}: {list}", "few enough; a silent pause is still better");
    }

    private static FeedbackFinding NumberFinding(bool hasResult, bool hasNumber, CardTelling? telling)
    {
        if (hasNumber) return new(FeedbackAspect.Number, true, "the result has a number", "keep it: numbers make a result believable");
        string? cardResult = telling?.ResultText;
        string suggestion = cardResult is not null && SpokenText.HasNumber(cardResult)
            ? $"say the number your story has: \"{Shorten(cardResult, 100)}\""
            : "quantify it: by how much, how many, how fast, how much money or time (and add the number to the story)";
        return new(FeedbackAspect.Number, false, hasResult ? "the result has no number" : "no result was told", suggestion);
    }

    private static FeedbackFinding KeyPointFinding(ImmutableArray<KeyPointCoverage> coverage)
    {
        if (coverage.IsEmpty) return new(FeedbackAspect.KeyPoints, true, "the card has no key points to compare with", "write the story's sections in the bank");
        var missed = coverage.Where(c => !c.Covered).ToList();
        string measured = $"{coverage.Length - missed.Count} of {coverage.Length} key points covered";
        if (missed.Count == 0) return new(FeedbackAspect.KeyPoints, true, measured, "all there");
        var first = missed[0].Point;
        string more = missed.Count > 1 ? $" (and {missed.Count - 1} more: {string.Join(", ", missed.Skip(1).Select(m => m.Point.Label.Length > 0 ? m.Point.Label : Shorten(m.Point.Text, 30)))})" : "";
        return new(FeedbackAspect.KeyPoints, false, $"{measured}; missed: {string.Join(", ", missed.Select(m => m.Point.Label.Length > 0 ? m.Point.Label : Shorten(m.Point.Text, 30)))}",
            $"add {(first.Label.Length > 0 ? first.Label : "this point")} in one sentence: \"{Shorten(first.Text, 100)}\"{more}");
    }

    /// <summary>m:ss.</summary>
    public static string Clock(TimeSpan time)
    {
        int seconds = (int)Math.Round(Math.Abs(time.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"{(time < TimeSpan.Zero ? "-" : "")}{seconds / 60}:{seconds % 60:00}");
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        int cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)] + "…";
    }
}
