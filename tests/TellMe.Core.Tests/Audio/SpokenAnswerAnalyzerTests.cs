using System.Collections.Immutable;
using TellMe.Practice.Audio;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;
using TellMe.Tests.PracticeDrill;

namespace TellMe.Tests.Audio;

/// <summary>The analysis of a transcript with known times: what a recogniser gives is made by hand here; real audio is in TellMe.Speech.Tests.</summary>
public class SpokenAnswerAnalyzerTests
{
    private static readonly Card Latency = CardDeck.FromBank(Banks.Small()).Single(c => c.Id.ToString() == "story:AC1");

    private static readonly TimeSpan S = TimeSpan.FromSeconds(1);

    // Words spoken one every 0.4 s from `start`, each lasting 0.3 s; sentences separated as given.
    private static ImmutableArray<TimedWord> Say(double start, string text)
    {
        var words = ImmutableArray.CreateBuilder<TimedWord>();
        double t = start;
        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new TimedWord(w, t * S, (t + 0.3) * S));
            t += 0.4;
        }
        return words.ToImmutable();
    }

    private static SpeechActivity Activity(double duration, params (double Start, double End)[] spans)
    {
        var list = spans.Select(s => new SpeechSpan(s.Start * S, s.End * S)).ToImmutableArray();
        var pauses = list.Zip(list.Skip(1)).Where(p => p.Second.Start - p.First.End >= TimeSpan.FromSeconds(0.75))
            .Select(p => new Pause(p.First.End, p.Second.Start - p.First.End)).ToImmutableArray();
        return new SpeechActivity { Duration = duration * S, Spans = list, Pauses = pauses, ThresholdDb = -40, NoiseDb = -70 };
    }

    [Fact]
    public void Fillers_keep_their_times_and_use_the_feedback_rules()
    {
        // "you know" is two words, one filler; "would like" is not a filler.
        var words = Say(1.0, "so um the checkout api was slow you know and i would like to fix it");
        var activity = Activity(10, (1.0, words[^1].End.TotalSeconds));

        var spoken = SpokenAnswerAnalyzer.Analyze(activity, new Transcript(words, "test"), Latency);

        Assert.Equal(["um", "you know"], spoken.Speech.Fillers.Select(f => f.Filler));
        Assert.Equal(words[1].Start, spoken.Speech.Fillers[0].Start);
        Assert.Equal(words[7].Start, spoken.Speech.Fillers[1].Start); // "you"
        Assert.Equal(words[8].End, spoken.Speech.Fillers[1].End);     // "know"
        Assert.Equal(SpokenText.Fillers(string.Join(' ', words.Select(w => w.Text))).ToArray(), spoken.Feedback.Fillers.ToArray());
        Assert.Equal("um", spoken.Speech.Sentences.Single().Words[1].Filler);
    }

    [Fact]
    public void Pace_is_words_over_speaking_time_overall_and_per_15_seconds()
    {
        // 0-20 s: 50 words (one every 0.4 s); a 5 s pause; 25-35 s: 25 words.
        var first = Say(0, string.Join(' ', Enumerable.Repeat("word", 50)));
        var second = Say(25, string.Join(' ', Enumerable.Repeat("word", 25)));
        var activity = Activity(36, (0, 20), (25, 35));

        var speech = SpokenAnswerAnalyzer.Analyze(activity, new Transcript([.. first, .. second], "test"), Latency).Speech;

        Assert.Equal(75, speech.Words);
        Assert.Equal(TimeSpan.FromSeconds(30), speech.Speaking);
        Assert.Equal(150, speech.WordsPerMinute);
        Assert.Equal([0, 15, 30], speech.Windows.Select(w => w.Start.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(36), speech.Windows[^1].End);
        Assert.Equal([38, 12 + 13, 12], speech.Windows.Select(w => w.Words));
        Assert.Equal(TimeSpan.FromSeconds(10), speech.Windows[1].Speaking); // 15-20 and 25-30
        Assert.Equal(150, speech.Windows[1].WordsPerMinute);
        Assert.Null(new PaceWindow(TimeSpan.Zero, S, 1, TimeSpan.FromSeconds(2), null).WordsPerMinute);
        var pause = Assert.Single(speech.Pauses);
        Assert.Equal((20.0, 5.0), (pause.Start.TotalSeconds, pause.Duration.TotalSeconds));
    }

    [Fact]
    public void Pace_comes_from_the_syllables_unless_the_engine_hears_every_word()
    {
        // 40 words heard in 20 s of speech (120 a minute by the words), but 105 syllable peaks: 60 words at 1.75 a word (180 a minute).
        var words = Say(0, string.Join(' ', Enumerable.Repeat("word", 40)));
        var peaks = Enumerable.Range(0, 105).Select(i => TimeSpan.FromSeconds(i * 20.0 / 105)).ToImmutableArray();
        var activity = Activity(20, (0, 20)) with { SyllablePeaks = peaks };

        var sphinx = SpokenAnswerAnalyzer.Analyze(activity, new Transcript(words, "pocketsphinx"), Latency).Speech;
        var whisper = SpokenAnswerAnalyzer.Analyze(activity, new Transcript(words, "whisper", HearsEveryWord: true), Latency).Speech;
        var unmeasured = SpokenAnswerAnalyzer.Analyze(Activity(20, (0, 20)), new Transcript(words, "pocketsphinx"), Latency).Speech;

        Assert.Equal((PaceSource.Syllables, 180.0, 105, 60, 40), (sphinx.PaceFrom, sphinx.WordsPerMinute, sphinx.Syllables, sphinx.Words, sphinx.RecognisedWords));
        Assert.Equal(180.6, sphinx.Windows[0].WordsPerMinute!.Value, 0.05); // 0-15 s: 79 peaks in 15 s
        Assert.Equal([45, 15], sphinx.Windows.Select(w => w.Words));        // 79 and 26 peaks, as words
        Assert.Equal((PaceSource.Words, 120.0, 40, 40), (whisper.PaceFrom, whisper.WordsPerMinute, whisper.Words, whisper.RecognisedWords));
        Assert.Equal((PaceSource.Words, 120.0), (unmeasured.PaceFrom, unmeasured.WordsPerMinute));
    }

    [Fact]
    public void Sentences_end_at_silences_and_carry_their_STAR_part_and_key_points()
    {
        var words = ImmutableArray.CreateBuilder<TimedWord>();
        words.AddRange(Say(0.5, "the checkout api had a p99 latency of two seconds during sales"));
        words.AddRange(Say(6.0, "my goal was to bring it under 300 ms"));
        words.AddRange(Say(10.0, "i profiled the service and added a cache"));
        words.AddRange(Say(14.0, "as a result latency dropped to 250 ms"));
        var activity = Activity(18, (0.5, 5.3), (6.0, 9.5), (10.0, 13.0), (14.0, 17.0));

        var spoken = SpokenAnswerAnalyzer.Analyze(activity, new Transcript(words.ToImmutable(), "test"), Latency);

        var sentences = spoken.Speech.Sentences;
        Assert.Equal(4, sentences.Length);
        Assert.Equal([StarPart.Situation, StarPart.Task, StarPart.Action, StarPart.Result], sentences.Select(s => s.Part!.Value));
        Assert.Equal("Situation", sentences[0].KeyPoints[0].Label);
        Assert.Equal("Action", sentences[2].KeyPoints[0].Label);
        Assert.Contains(sentences[0].Words, w => w.Word.Text == "latency" && w.KeyTerm);
        Assert.DoesNotContain(sentences[0].Words, w => w.Word.Text == "the" && w.KeyTerm);
        Assert.Equal(new StarPresence(true, true, true, true), spoken.Feedback.Star);
        // The length is measured (first word to last), not estimated from the words.
        Assert.True(spoken.Feedback.Measured);
        Assert.Equal(TimeSpan.FromSeconds(16.5), spoken.Feedback.Speaking);
        Assert.StartsWith($"{spoken.Feedback.Words} words in 0:16, first word to last", spoken.Feedback.Findings[0].Message);
    }

    [Fact]
    public void Long_pauses_and_a_rushed_window_get_suggestions()
    {
        // 0-15 s at 200 wpm (50 words, 0.3 s apart), then a 4 s pause, then 15 s at 140 wpm: 170 overall, fine, but rushed at first.
        var fast = Enumerable.Range(0, 50).Select(i => new TimedWord("word", i * 0.3 * S, (i * 0.3 + 0.2) * S));
        var slow = Enumerable.Range(0, 35).Select(i => new TimedWord("word", (19 + i * 15.0 / 35) * S, (19 + i * 15.0 / 35 + 0.3) * S));
        var activity = Activity(35, (0, 15), (19, 34));

        var spoken = SpokenAnswerAnalyzer.Analyze(activity, new Transcript([.. fast, .. slow], "test"), Latency);

        var pace = spoken.Findings.Single(f => f.Aspect == FeedbackAspect.Pace);
        Assert.False(pace.Ok);
        Assert.True(pace.Message.Contains("rushed at 0:00–0:15 (200)"), pace.Message);
        var pauses = spoken.Findings.Single(f => f.Aspect == FeedbackAspect.Pauses);
        Assert.False(pauses.Ok);
        Assert.Contains("the longest 4.0 s at 0:15", pauses.Message);
    }
}
