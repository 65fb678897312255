using TellMe.Practice.Audio;
using TellMe.Practice.Audio.Recording;

namespace TellMe.Speech.Tests;

/// <summary>Transcription while recording: the answer goes to the recogniser in stretches cut at pauses, before the stop.</summary>
public class TranscribingSourceTests : IDisposable
{
    private readonly Synth _synth = new();

    public void Dispose() => _synth.Dispose();

    [Fact]
    public async Task Stretches_cut_at_pauses_are_transcribed_during_the_recording_and_the_rest_at_the_stop()
    {
        var answer = _synth.Answer(150, "live");
        var clip = WavDecoder.Decode(answer.Path);
        var engine = PocketSphinxTranscriber.Find(ToolLocator.FromEnvironment());
        await using var live = new TranscribingSource(new ClipSource(clip), engine);

        var recording = await Recorder.RecordAsync(live, TimeSpan.FromMinutes(5), CancellationToken.None);
        int sentBeforeStop = live.ChunksSent;
        var transcript = await live.FinishAsync(recording.Clip);
        var spoken = new SpokenPractice(new AudioReader(null), engine).Analyze(recording.Clip, transcript, "live", SynthesisedAnswerTests.Conflict());

        Assert.Equal(clip.Samples.ToArray(), recording.Clip.Samples.ToArray());
        Assert.True(sentBeforeStop >= 2, $"only {sentBeforeStop} stretches went to the recogniser before the stop");
        Assert.True(transcript.Words.Zip(transcript.Words.Skip(1)).All(p => p.First.Start <= p.Second.Start), "word times go back");
        Assert.All(transcript.Words, w => Assert.InRange(w.End, TimeSpan.Zero, clip.Duration));
        // The same tolerances as the file path: nothing is lost or doubled at the cuts.
        Assert.InRange(spoken.Speech.Words, answer.Words * 0.8, answer.Words * 1.2);
        Assert.InRange(spoken.Speech.WordsPerMinute, 150 * 0.85, 150 * 1.15);
        Assert.Equal(answer.Pauses.Count, spoken.Speech.Pauses.Length);
    }
}
