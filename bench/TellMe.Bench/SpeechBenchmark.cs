using System.Diagnostics;
using System.Globalization;
using TellMe.Bank;
using TellMe.Practice.Audio;
using TellMe.Practice.Audio.Recording;
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
            activity = activity with { SyllablePeaks = SyllableNuclei.Find(clip, activity) };
            var syllables = watch.Elapsed; watch.Restart();
            var transcript = engine.TranscribeAsync(clip, activity).GetAwaiter().GetResult();
            var transcribe = watch.Elapsed; watch.Restart();
            var spoken = SpokenAnswerAnalyzer.Analyze(activity, transcript, card);
            var analyse = watch.Elapsed;
            totals.Add(total.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: {clip.Duration.TotalSeconds:0.0} s of audio, {spoken.Speech.RecognisedWords} words recognised ({spoken.Speech.WordsPerMinute:0} wpm): read {read.TotalMilliseconds:0} ms, voice activity {vad.TotalMilliseconds:0} ms, syllables {syllables.TotalMilliseconds:0} ms, " +
                $"transcribe {transcribe.TotalSeconds:0.00} s (real-time factor {transcribe.TotalSeconds / clip.Duration.TotalSeconds:0.000}), analyse {analyse.TotalMilliseconds:0} ms, total {total.Elapsed.TotalSeconds:0.00} s"));
        }
        totals.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median total {totals[totals.Count / 2]:0.00} s over {runs} runs (min {totals[0]:0.00}, max {totals[^1]:0.00})"));
    }

    /// <summary>
    /// The live path of <c>drill --speak</c>: the answer is played in real time through <see cref="TranscribingSource"/>
    /// as a microphone would deliver it, and the time from the stop to the feedback is measured.
    /// </summary>
    public static void Live(string wav, string bankDirectory)
    {
        var card = CardDeck.FromBank(BankLoader.Load(bankDirectory)).Single(c => c.Id.ToString() == "answer:conflict");
        var clip = WavDecoder.Decode(wav);
        var engine = PocketSphinxTranscriber.Find(ToolLocator.FromEnvironment());
        var live = new TranscribingSource(new RealTime(clip), engine);
        var recording = Recorder.RecordAsync(live, TimeSpan.FromMinutes(5), CancellationToken.None).GetAwaiter().GetResult();
        var stopped = Stopwatch.StartNew();
        var transcript = live.FinishAsync(recording.Clip).GetAwaiter().GetResult();
        var spoken = new SpokenPractice(new AudioReader(null), engine).Analyze(recording.Clip, transcript, "live", card);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"live: {clip.Duration.TotalSeconds:0.0} s recorded, {live.ChunksSent} stretches transcribed during the recording; feedback {stopped.Elapsed.TotalSeconds:0.00} s after the stop ({spoken.Speech.RecognisedWords} words recognised, {spoken.Speech.WordsPerMinute:0} wpm)"));
    }

    /// <summary>A clip delivered no faster than real time, as a microphone does.</summary>
    private sealed class RealTime(AudioClip clip) : IAudioSource
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _position;

        public int SampleRate => clip.SampleRate;

        public async ValueTask<int> ReadAsync(Memory<float> buffer, CancellationToken cancellationToken = default)
        {
            int n = Math.Min(buffer.Length, clip.Length - _position);
            var due = TimeSpan.FromSeconds((_position + n) / (double)clip.SampleRate) - _clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due, cancellationToken).ConfigureAwait(false);
            clip.Samples.Slice(_position, n).CopyTo(buffer.Span);
            _position += n;
            return n;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
