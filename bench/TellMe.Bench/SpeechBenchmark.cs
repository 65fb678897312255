using System.Diagnostics;
using System.Globalization;
using TellMe.Bank;
using TellMe.Practice.Audio;
using TellMe.Practice.Cards;
using TellMe.Speech;

namespace TellMe.Bench;

/// <summary>
/// Feedback on a spoken answer, timed step by step as <c>tellme feedback --audio</c> runs it: read the WAV,
/// find the speech, transcribe (the real-time factor is transcription time over audio length), analyse.
/// "Within 10 s of stopping" is the total.
/// </summary>
public static class SpeechBenchmark
{
    public static void Run(string wav, string bankDirectory, int runs)
    {
        var card = CardDeck.FromBank(BankLoader.Load(bankDirectory)).Single(c => c.Id.ToString() == "answer:conflict");
        var reader = new AudioReader(ToolAudioConverter.Find(ToolLocator.FromEnvironment()));
        var engine = PocketSphinxTranscriber.Find(ToolLocator.FromEnvironment());
        var totals = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            var total = Stopwatch.StartNew();
            var watch = Stopwatch.StartNew();
            var clip = reader.ReadAsync(wav).GetAwaiter().GetResult();
            var read = watch.Elapsed; watch.Restart();
            var activity = VoiceActivityDetector.Detect(clip);
            var vad = watch.Elapsed; watch.Restart();
            var transcript = engine.TranscribeAsync(clip, activity).GetAwaiter().GetResult();
            var transcribe = watch.Elapsed; watch.Restart();
            var spoken = SpokenAnswerAnalyzer.Analyze(activity, transcript, card);
            var analyse = watch.Elapsed;
            totals.Add(total.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: {clip.Duration.TotalSeconds:0.0} s of audio, {spoken.Speech.Words} words: read {read.TotalMilliseconds:0} ms, voice activity {vad.TotalMilliseconds:0} ms, " +
                $"transcribe {transcribe.TotalSeconds:0.00} s (real-time factor {transcribe.TotalSeconds / clip.Duration.TotalSeconds:0.000}), analyse {analyse.TotalMilliseconds:0} ms, total {total.Elapsed.TotalSeconds:0.00} s"));
        }
        totals.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median total {totals[totals.Count / 2]:0.00} s over {runs} runs (min {totals[0]:0.00}, max {totals[^1]:0.00})"));
    }
}
