using System.Collections.Immutable;
using TellMe.Practice.Audio;

namespace TellMe.Tests.Audio;

/// <summary>
/// Syllables found in sound made with sox: a voiced tone (a 140 Hz sawtooth, rich in harmonics like a vowel)
/// whose loudness rises and falls a known number of times a second, against hiss shaped the same way.
/// </summary>
public class SyllableNucleiTests : IDisposable
{
    private readonly AudioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private AudioClip Syllables(string name, string source, double seconds, double perSecond) =>
        WavDecoder.Decode(_files.Sox($"{name}.wav", ["-R", "-n", "-r", "16000", "-c", "1", "-b", "16", "{out}",
            "synth", $"{seconds}", .. source.Split(' '), "tremolo", $"{perSecond}", "100", "vol", "0.5"]));

    private static SpeechActivity All(AudioClip clip) =>
        new() { Duration = clip.Duration, Spans = [new SpeechSpan(TimeSpan.Zero, clip.Duration)], Pauses = [], ThresholdDb = -40, NoiseDb = -90 };

    [Theory]
    [InlineData(3.0)]
    [InlineData(4.5)]
    [InlineData(6.0)]
    public void Each_voiced_swell_of_loudness_is_one_syllable(double perSecond)
    {
        var clip = Syllables($"voiced-{perSecond}", "sawtooth 140", 8, perSecond);

        var peaks = SyllableNuclei.Find(clip, All(clip));

        Assert.InRange(peaks.Length, perSecond * 8 - 1, perSecond * 8 + 1);
        Assert.True(peaks.Zip(peaks.Skip(1)).All(p => p.Second - p.First > TimeSpan.FromSeconds(0.5 / perSecond)), "one peak per swell");
    }

    [Fact]
    public void Hiss_is_not_a_syllable_however_it_swells()
    {
        var clip = Syllables("hiss", "whitenoise", 8, 4);

        Assert.InRange(SyllableNuclei.Find(clip, All(clip)).Length, 0, 2);
    }

    [Fact]
    public void Only_peaks_inside_the_speech_count_and_quiet_ones_are_background()
    {
        var clip = Syllables("half", "sawtooth 140", 8, 4);
        var firstHalf = All(clip) with { Spans = [new SpeechSpan(TimeSpan.Zero, TimeSpan.FromSeconds(4))] };
        Assert.InRange(SyllableNuclei.Find(clip, firstHalf).Length, 15, 17);
        Assert.All(SyllableNuclei.Find(clip, firstHalf), t => Assert.True(t < TimeSpan.FromSeconds(4)));

        // Loud swells, then the same swells 35 dB quieter (a voice in the next room): only the loud ones count.
        var samples = clip.Samples.ToArray();
        for (int i = samples.Length / 2; i < samples.Length; i++) samples[i] *= 0.0178f;
        var mixed = new AudioClip(samples, clip.SampleRate);
        Assert.InRange(SyllableNuclei.Find(mixed, All(mixed)).Length, 15, 17);
    }

    [Fact]
    public void No_speech_no_syllables()
    {
        var silence = new AudioClip(new float[16000 * 5], 16000);
        var none = new SpeechActivity { Duration = silence.Duration, Spans = [], Pauses = [], ThresholdDb = -40, NoiseDb = -120 };
        Assert.Empty(SyllableNuclei.Find(silence, none));
        Assert.Empty(SyllableNuclei.Find(silence, All(silence)));
    }
}
