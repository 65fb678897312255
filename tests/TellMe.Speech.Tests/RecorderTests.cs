using TellMe.Testing;
using TellMe.Practice.Audio;
using TellMe.Practice.Audio.Recording;

namespace TellMe.Speech.Tests;

/// <summary>What <c>drill --speak</c> needs below the screen: the recording loop, the level meter, the microphone tool.</summary>
public class RecorderTests : IDisposable
{
    private readonly Synth _synth = new();

    public void Dispose() => _synth.Dispose();

    private AudioClip Spoken()
    {
        string wav = _synth.File("said.wav");
        Tool.Run("espeak-ng", "-v", "en-us", "-w", wav, "I opposed the migration at first.");
        return WavDecoder.Decode(wav);
    }

    [Fact]
    public async Task A_file_source_records_to_its_end_with_a_countdown_and_a_moving_meter()
    {
        var clip = Spoken();
        var statuses = new List<(TimeSpan Elapsed, TimeSpan Remaining, double Level)>();

        var recording = await Recorder.RecordAsync(new ClipSource(clip), TimeSpan.FromMinutes(2), CancellationToken.None,
            s => statuses.Add((s.Elapsed, s.Remaining, s.Meter.Level)));

        Assert.Equal(RecordingEnd.SourceEnded, recording.End);
        Assert.Equal(clip.Samples.ToArray(), recording.Clip.Samples.ToArray());
        Assert.Equal(TimeSpan.FromMilliseconds(50), statuses[0].Elapsed);
        Assert.Equal(TimeSpan.FromMinutes(2) - statuses[^1].Elapsed, statuses[^1].Remaining);
        Assert.Equal(clip.Duration, statuses[^1].Elapsed);
        Assert.Contains(statuses, s => s.Level > 0.5);   // speech
        Assert.Contains(statuses, s => s.Level == 0);    // espeak's silence at the edges
    }

    [Fact]
    public async Task The_time_limit_and_the_stop_signal_end_the_recording()
    {
        var clip = Spoken();
        var timeUp = await Recorder.RecordAsync(new ClipSource(clip), TimeSpan.FromSeconds(1), CancellationToken.None);
        Assert.Equal(RecordingEnd.TimeUp, timeUp.End);
        Assert.Equal(16000, timeUp.Clip.Length);

        using var enter = new CancellationTokenSource();
        int blocks = 0;
        var stopped = await Recorder.RecordAsync(new ClipSource(clip), TimeSpan.FromMinutes(2), enter.Token, _ => { if (++blocks == 10) enter.Cancel(); });
        Assert.Equal(RecordingEnd.Stopped, stopped.End);
        Assert.Equal(TimeSpan.FromMilliseconds(500), stopped.Clip.Duration);
    }

    [Fact]
    public async Task Arecord_on_the_ALSA_null_device_records_until_the_time_is_up_or_Enter()
    {
        // ALSA's null device delivers samples at the real rate (their values are whatever its buffer held).
        await using (var source = MicrophoneSource.Start(ToolLocator.FromEnvironment(), "null"))
        {
            Assert.Equal("arecord", source.Tool);
            var recording = await Recorder.RecordAsync(source, TimeSpan.FromSeconds(0.5), CancellationToken.None);
            Assert.Equal(RecordingEnd.TimeUp, recording.End);
            Assert.Equal(8000, recording.Clip.Length);
        }
        await using (var source = MicrophoneSource.Start(ToolLocator.FromEnvironment(), "null"))
        {
            // A pipe may deliver less than a block at a time: the recording is what was counted when Enter came.
            using var enter = new CancellationTokenSource();
            TimeSpan atEnter = default;
            var recording = await Recorder.RecordAsync(source, TimeSpan.FromMinutes(2), enter.Token, s =>
            {
                if (s.Elapsed < TimeSpan.FromMilliseconds(200) || enter.IsCancellationRequested) return;
                atEnter = s.Elapsed;
                enter.Cancel();
            });
            Assert.Equal(RecordingEnd.Stopped, recording.End);
            Assert.True(atEnter >= TimeSpan.FromMilliseconds(200));
            Assert.Equal(atEnter, recording.Clip.Duration);
        }
    }

    [Fact]
    public void The_meter_shows_level_and_a_falling_peak()
    {
        var meter = new LevelMeter();
        var loud = Enumerable.Range(0, 800).Select(i => i % 2 == 0 ? 0.5f : -0.5f).ToArray(); // -6 dBFS
        meter.Add(loud, TimeSpan.FromMilliseconds(50));
        Assert.Equal(0.9, meter.Level, 2);
        Assert.Equal("█████████│", meter.Bar(10)); // the peak is at the level
        meter.Add(new float[800], TimeSpan.FromMilliseconds(500)); // silence: the peak falls 10 dB
        Assert.Equal(0, meter.Level);
        Assert.Equal(-16, meter.PeakDb, 1);
        Assert.Equal("·······│··", meter.Bar(10));
        Assert.Null(Record.Exception(() => meter.Add([1f], TimeSpan.FromMilliseconds(1))));
        Assert.True(meter.Clipping);
        Assert.Throws<AudioException>(() => MicrophoneSource.Start(new ToolLocator("")));
    }
}
