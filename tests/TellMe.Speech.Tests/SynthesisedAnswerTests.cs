using System.Globalization;
using TellMe.Bank;
using TellMe.Practice.Audio;
using TellMe.Practice.Cards;
using Xunit.Abstractions;

namespace TellMe.Speech.Tests;

/// <summary>
/// The acceptance on real audio: answers synthesised at 120, 150 and 190 words a minute with known
/// pauses, analysed by the default engine (pocketsphinx) end to end, from the WAV file to the feedback.
/// </summary>
public class SynthesisedAnswerTests(ITestOutputHelper output) : IDisposable
{
    private readonly Synth _synth = new();

    public void Dispose() => _synth.Dispose();

    internal static Card Conflict()
    {
        var bank = BankLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "bank"));
        return CardDeck.FromBank(bank).Single(c => c.Id.ToString() == "answer:conflict");
    }

    /// <remarks>
    /// The tolerances: words a minute within ±15 % of the answer's true rate (words over sox-measured
    /// speaking time, within 3 % of the nominal one), words within ±20 % of the text, every pause of a second or
    /// more within ±0.25 s, speaking time within ±5 %. The pace comes from the audio's syllables (pocketsphinx's
    /// word count drifts with the pace itself), pauses and speaking time from voice activity. The synthesis is
    /// repeatable (sox -R) so a run is the same every time; bench/speech/pace.sh measures over voices, texts and
    /// dither draws.
    /// </remarks>
    [Theory]
    [InlineData(120)]
    [InlineData(150)]
    [InlineData(190)]
    public async Task Pace_pauses_words_and_speaking_time_are_measured_within_tolerance(int rate)
    {
        const double paceTolerance = 0.15, wordTolerance = 0.20;
        var answer = _synth.Answer(rate, $"answer-{rate}");
        var practice = SpeechEngines.Practice(new SpeechChoice(SpeechEngine.PocketSphinx, null, "test"));

        var spoken = await practice.AnalyzeAsync(answer.Path, Conflict());

        var s = spoken.Speech;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rate {rate} (espeak -s {answer.EspeakSpeed}, true {answer.Rate:0.0}): measured {s.WordsPerMinute:0.0} wpm ({(s.WordsPerMinute / answer.Rate - 1) * 100:+0.0;-0.0} % of the true rate), " +
            $"words {s.Words}/{answer.Words} ({(s.Words / (double)answer.Words - 1) * 100:+0.0;-0.0} %; recognised {s.RecognisedWords}), speaking {s.Speaking.TotalSeconds:0.00}/{answer.Speaking:0.00} s ({(s.Speaking.TotalSeconds / answer.Speaking - 1) * 100:+0.0;-0.0} %)"));
        foreach (var p in s.Pauses) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pause {p.Start.TotalSeconds:0.00} + {p.Duration.TotalSeconds:0.00}"));
        foreach (var p in answer.Pauses) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  put   {p.Start:0.00} + {p.Duration:0.00}"));
        output.WriteLine(string.Join(" ", s.Sentences.Select(x => x.Text)));

        // Against the answer's true rate (words over sox-measured speaking time, within 3 % of the nominal one).
        Assert.Equal(PaceSource.Syllables, s.PaceFrom);
        Assert.InRange(s.WordsPerMinute, answer.Rate * (1 - paceTolerance), answer.Rate * (1 + paceTolerance));
        Assert.InRange(s.Words, answer.Words * (1 - wordTolerance), answer.Words * (1 + wordTolerance));
        Assert.InRange(s.Speaking.TotalSeconds, answer.Speaking * 0.95, answer.Speaking * 1.05);
        Assert.InRange(s.Duration.TotalSeconds, answer.Duration - 0.01, answer.Duration + 0.01);
        foreach (var (start, duration) in answer.Pauses)
            Assert.Contains(s.Pauses, p => Math.Abs(p.Start.TotalSeconds - start) <= 0.25 && Math.Abs(p.End.TotalSeconds - (start + duration)) <= 0.25);
        Assert.Equal(answer.Pauses.Count, s.Pauses.Length); // and no pause where there was none
        Assert.InRange(s.SpeechStart.TotalSeconds, Synth.Lead - 0.05, Synth.Lead + 0.05);
        // The windows cover the recording and their words add up (each window's rounded to a word).
        Assert.InRange(s.Windows.Sum(w => w.Words), s.Words - s.Windows.Length, s.Words + s.Windows.Length);
        Assert.Equal(s.Duration, s.Windows[^1].End);
    }
}
