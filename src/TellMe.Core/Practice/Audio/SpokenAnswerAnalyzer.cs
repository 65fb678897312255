using System.Collections.Immutable;
using System.Globalization;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;
using TellMe.Language;

namespace TellMe.Practice.Audio;

/// <summary>
/// Turns a recording's speech activity and transcript into feedback: the typed-answer feedback of
/// <see cref="FeedbackAnalyzer"/> on the transcript (its length measured, not estimated), plus pace overall and
/// per window, pauses, fillers with their times, and the transcript in sentences marked with STAR parts and
/// key points. Pure: the same activity and transcript always give the same feedback.
/// </summary>
public static class SpokenAnswerAnalyzer
{
    /// <summary>The pace window: 15 seconds, short enough to show a rushed ending, long enough to hold a few sentences.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(15);

    /// <summary>A window with less speech than this has no pace (a few words say nothing about speed).</summary>
    public static readonly TimeSpan MinWindowSpeech = TimeSpan.FromSeconds(3);

    /// <summary>A silence between two words at least this long ends a sentence when the engine gives no punctuation.</summary>
    public static readonly TimeSpan SentenceGap = TimeSpan.FromSeconds(0.35);

    /// <summary>A pause this long sounds lost rather than thoughtful.</summary>
    public static readonly TimeSpan LongPause = TimeSpan.FromSeconds(3);

    /// <summary>The comfortable pace for an interview answer, in words per minute of speaking time.</summary>
    public const double SlowPace = 110, FastPace = 175;

    /// <summary>Analyses a spoken answer to <paramref name="card"/>.</summary>
    public static SpokenFeedback Analyze(SpeechActivity activity, Transcript transcript, Card card, FeedbackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(card);
        options ??= new FeedbackOptions();

        var words = transcript.Words.IsDefault ? [] : transcript.Words;
        // The tokens the typed-answer rules see ("you're" is one, "5.7" one), each tied to its timed word.
        var tokens = new List<string>();
        var owner = new List<int>();
        for (int i = 0; i < words.Length; i++)
            foreach (var token in WordSets.Words(words[i].Text)) { tokens.Add(token); owner.Add(i); }

        var fillerOf = new string?[words.Length];
        var fillers = ImmutableArray.CreateBuilder<TimedFiller>();
        foreach (var match in SpokenText.FindFillers(tokens))
        {
            var first = words[owner[match.Index]];
            var last = words[owner[match.Index + match.Length - 1]];
            fillers.Add(new TimedFiller(match.Filler, first.Start, last.End));
            for (int t = match.Index; t < match.Index + match.Length; t++) fillerOf[owner[t]] = match.Filler;
        }

        int wordCount = tokens.Count;
        var speaking = activity.SpeakingTime;
        var paceFrom = PaceFrom(activity, transcript);
        double said = Spoken(paceFrom, wordCount, activity.SyllablePeaks.Length);
        double wpm = speaking > TimeSpan.Zero ? Math.Round(said / speaking.TotalMinutes, 1) : 0;
        var answerLength = activity.HasSpeech ? activity.SpeechEnd - activity.SpeechStart : TimeSpan.Zero;

        var sentenceWords = SplitSentences(words);
        string answerText = string.Join("\n", sentenceWords.Select(s => string.Join(' ', s.Select(i => words[i].Text))));
        var feedback = FeedbackAnalyzer.Analyze(answerText, card, options with
        {
            Spoken = answerLength > TimeSpan.Zero ? answerLength : null,
            WordsPerMinute = wpm >= 1 ? (int)Math.Round(wpm) : options.WordsPerMinute,
        });

        var parts = SpokenText.Classify([.. sentenceWords.Select(s => string.Join(' ', s.Select(i => words[i].Text)))]);
        var points = feedback.ComparedWith?.KeyPoints ?? [];
        var pointTerms = points.Select(p => FeedbackAnalyzer.Terms(p.Label + " " + p.Text)).ToList();
        var sentences = ImmutableArray.CreateBuilder<TranscriptSentence>(sentenceWords.Count);
        for (int s = 0; s < sentenceWords.Count; s++)
        {
            var indices = sentenceWords[s];
            var stems = indices.Select(i => FeedbackAnalyzer.Terms(words[i].Text)).ToList();
            var sentenceTerms = new HashSet<string>(stems.SelectMany(x => x), StringComparer.Ordinal);
            var made = new List<(int Point, int Shared)>();
            for (int p = 0; p < points.Length; p++)
            {
                int shared = WordSets.Shared(sentenceTerms, pointTerms[p]);
                if (shared >= Math.Min(2, pointTerms[p].Count) && shared > 0) made.Add((p, shared));
            }
            made.Sort((a, b) => b.Shared.CompareTo(a.Shared));
            var madeTerms = new HashSet<string>(made.SelectMany(m => pointTerms[m.Point]), StringComparer.Ordinal);
            var marked = indices.Select((i, k) => new MarkedWord(words[i], fillerOf[i], stems[k].Overlaps(madeTerms))).ToImmutableArray();
            sentences.Add(new TranscriptSentence(words[indices[0]].Start, words[indices[^1]].End, marked, parts[s].Part, [.. made.Select(m => points[m.Point])]));
        }

        var figures = new SpeechFigures
        {
            Duration = activity.Duration,
            SpeechStart = activity.SpeechStart,
            SpeechEnd = activity.SpeechEnd,
            Speaking = speaking,
            Words = (int)Math.Round(said),
            RecognisedWords = wordCount,
            WordsPerMinute = wpm,
            PaceFrom = paceFrom,
            Syllables = activity.SyllablePeaks.Length,
            Windows = Windows(activity, words, paceFrom),
            Pauses = activity.Pauses,
            Fillers = fillers.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            Engine = transcript.Engine,
        };
        return new SpokenFeedback(feedback, figures, [PaceFinding(figures), PauseFinding(figures)]);
    }

    /// <summary>
    /// Where the pace comes from: the words when the engine hears every word, else the syllables in the audio
    /// (when they were looked for), else the words.
    /// </summary>
    public static PaceSource PaceFrom(SpeechActivity activity, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(transcript);
        return !transcript.HearsEveryWord && !activity.SyllablePeaks.IsDefaultOrEmpty ? PaceSource.Syllables : PaceSource.Words;
    }

    // Words spoken, for the pace: the words heard, or the syllables counted as words.
    private static double Spoken(PaceSource from, int words, int syllables) =>
        from == PaceSource.Syllables ? syllables / SyllableNuclei.PeaksPerWord : words;

    /// <summary>The pace of each <see cref="Window"/> of the recording.</summary>
    public static ImmutableArray<PaceWindow> Windows(SpeechActivity activity, ImmutableArray<TimedWord> words, PaceSource paceFrom = PaceSource.Words)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = ImmutableArray.CreateBuilder<PaceWindow>();
        for (var start = TimeSpan.Zero; start < activity.Duration; start += Window)
        {
            var end = start + Window < activity.Duration ? start + Window : activity.Duration;
            int count = words.Sum(w => w.Middle >= start && w.Middle < end ? WordSets.Words(w.Text).Count() : 0);
            var speaking = activity.SpeakingTimeBetween(start, end);
            int syllables = paceFrom == PaceSource.Syllables ? activity.SyllablePeaks.Count(t => t >= start && t < end) : 0;
            double said = Spoken(paceFrom, count, syllables);
            double? wpm = speaking >= MinWindowSpeech ? Math.Round(said / speaking.TotalMinutes, 1) : null;
            result.Add(new PaceWindow(start, end, (int)Math.Round(said), speaking, wpm));
        }
        return result.ToImmutable();
    }

    // Sentences end at punctuation (Whisper) or at a silence between words (pocketsphinx gives none).
    private static List<List<int>> SplitSentences(ImmutableArray<TimedWord> words)
    {
        var sentences = new List<List<int>>();
        var current = new List<int>();
        for (int i = 0; i < words.Length; i++)
        {
            if (current.Count > 0 && words[i].Start - words[i - 1].End >= SentenceGap)
            {
                sentences.Add(current);
                current = [];
            }
            current.Add(i);
            if (words[i].Text.TrimEnd('"', '\'', ')').EndsWith(['.', '?', '!']) && !IsNumberDot(words[i].Text))
            {
                sentences.Add(current);
                current = [];
            }
        }
        if (current.Count > 0) sentences.Add(current);
        return sentences;
    }

    private static bool IsNumberDot(string word) => word.Length > 1 && word[^1] == '.' && char.IsDigit(word[^2]) && word.Count(c => c == '.') > 1;

    private static FeedbackFinding PaceFinding(SpeechFigures f)
    {
        if (f.RecognisedWords == 0) return new(FeedbackAspect.Pace, false, "no words recognised", "speak closer to the microphone, and check it is not muted");
        string measured = string.Create(CultureInfo.InvariantCulture, $"{f.WordsPerMinute:0} words a minute over {Clock(f.Speaking)} of speaking");
        var fast = f.Windows.Where(w => w.WordsPerMinute > FastPace + 15).ToList();
        var slow = f.Windows.Where(w => w.WordsPerMinute < SlowPace - 15).ToList();
        if (f.WordsPerMinute > FastPace)
            return new(FeedbackAspect.Pace, false, $"{measured}: fast", $"slow down to about 150: finish each sentence and let it land before the next{Where(fast, "fastest")}");
        if (f.WordsPerMinute < SlowPace)
            return new(FeedbackAspect.Pace, false, $"{measured}: slow", $"speed up to about 140: know your next point before you start the sentence{Where(slow, "slowest")}");
        if (fast.Count > 0)
            return new(FeedbackAspect.Pace, false, $"{measured}, but rushed {string.Join(", ", fast.Select(w => $"at {Clock(w.Start)}–{Clock(w.End)} ({w.WordsPerMinute:0})"))}",
                "keep the same calm pace through the result: it is the part the interviewer remembers");
        return new(FeedbackAspect.Pace, true, $"{measured}: comfortable", "keep this pace");
    }

    private static string Where(List<PaceWindow> windows, string what) =>
        windows.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({what}: {string.Join(", ", windows.Take(3).Select(w => $"{Clock(w.Start)}–{Clock(w.End)} at {w.WordsPerMinute:0}"))})");

    private static FeedbackFinding PauseFinding(SpeechFigures f)
    {
        if (f.Pauses.IsDefaultOrEmpty) return new(FeedbackAspect.Pauses, true, "no pauses (silences of 0.75 s or more)", "a short silent pause between the parts of the story is fine");
        var longest = f.LongestPause!;
        var longOnes = f.Pauses.Where(p => p.Duration >= LongPause).ToList();
        string measured = string.Create(CultureInfo.InvariantCulture,
            $"{f.Pauses.Length} pause{(f.Pauses.Length == 1 ? "" : "s")}, the longest {longest.Duration.TotalSeconds:0.0} s at {Clock(longest.Start)}");
        if (longOnes.Count == 0) return new(FeedbackAspect.Pauses, true, measured, "short pauses sound thoughtful: keep them");
        return new(FeedbackAspect.Pauses, false,
            string.Create(CultureInfo.InvariantCulture, $"{measured}; {longOnes.Count} of {LongPause.TotalSeconds:0} s or more ({string.Join(", ", longOnes.Take(4).Select(p => $"{Clock(p.Start)}, {p.Duration.TotalSeconds:0.0} s"))})"),
            $"a pause over {LongPause.TotalSeconds:0} seconds sounds lost: rehearse the step after {Clock(longOnes[0].Start)} until the next sentence comes by itself");
    }

    private static string Clock(TimeSpan time) => FeedbackAnalyzer.Clock(time);
}
