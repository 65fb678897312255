using TellMe.Practice.Audio;

namespace TellMe.Tests.Audio;

public class VoiceActivityTests : IDisposable
{
    private readonly AudioFiles _files = new();

    public void Dispose() => _files.Dispose();

    // Bursts of speech-like sound (pink noise shaped like syllables, 4 a second) separated by known silences, made with sox.
    private string Bursts(string name, double lead, (double Speech, double Gap)[] parts, double noiseVolume = 0)
    {
        var pieces = new List<string> { _files.Sox($"{name}-lead.wav", "-n", "-r", "22050", "-c", "1", "-b", "16", "{out}", "trim", "0", $"{lead}") };
        int i = 0;
        foreach (var (speech, gap) in parts)
        {
            pieces.Add(_files.Sox($"{name}-s{i}.wav", "-n", "-r", "22050", "-c", "1", "-b", "16", "{out}", "synth", $"{speech}", "pinknoise", "tremolo", "4", "60", "vol", "0.4"));
            pieces.Add(_files.Sox($"{name}-g{i}.wav", "-n", "-r", "22050", "-c", "1", "-b", "16", "{out}", "trim", "0", $"{gap}"));
            i++;
        }
        string joined = _files.Sox($"{name}-joined.wav", [.. pieces, "{out}"]);
        if (noiseVolume == 0) return joined;
        double total = lead + parts.Sum(p => p.Speech + p.Gap);
        string noise = _files.Sox($"{name}-noise.wav", "-n", "-r", "22050", "-c", "1", "-b", "16", "{out}", "synth", $"{total}", "brownnoise", "vol", $"{noiseVolume}");
        return _files.Sox($"{name}.wav", "-m", joined, noise, "{out}");
    }

    [Theory]
    [InlineData(0.0)]    // digital silence between the bursts
    [InlineData(0.003)]  // a quiet room: steady noise about 40 dB under the speech
    public void Pauses_and_speaking_time_are_where_the_silences_were_put(double noise)
    {
        // Gaps of 0.3 s are the rhythm of speech (not pauses); 1.0, 2.5 and 4.0 s are pauses.
        var parts = new (double, double)[] { (3.0, 0.3), (2.0, 1.0), (4.0, 0.3), (2.5, 2.5), (3.0, 4.0), (2.0, 0.8) };
        string path = Bursts($"bursts-{noise}", 0.7, parts, noise);

        var activity = VoiceActivityDetector.Detect(WavDecoder.Decode(path));

        var expected = new (double Start, double Duration)[] { (0.7 + 3.0 + 0.3 + 2.0, 1.0), (0.7 + 3.3 + 3.0 + 4.3 + 2.5, 2.5), (0.7 + 3.3 + 3.0 + 4.3 + 5.0 + 3.0, 4.0) };
        Assert.Equal(expected.Length, activity.Pauses.Length);
        foreach (var (pause, want) in activity.Pauses.Zip(expected))
        {
            Assert.InRange(pause.Start.TotalSeconds, want.Start - 0.05, want.Start + 0.05);
            Assert.InRange(pause.Duration.TotalSeconds, want.Duration - 0.1, want.Duration + 0.1);
        }
        Assert.InRange(activity.SpeechStart.TotalSeconds, 0.65, 0.75);
        double speaking = parts.Sum(p => p.Item1) + 0.3 + 0.3; // the two short gaps count as speaking
        Assert.InRange(activity.SpeakingTime.TotalSeconds, speaking * 0.97, speaking * 1.03);
    }

    [Fact]
    public void Digital_silence_steady_noise_and_a_lone_click_are_not_speech()
    {
        var silence = new AudioClip(new float[16000 * 60], 16000);
        Assert.False(VoiceActivityDetector.Detect(silence).HasSpeech);

        string hum = _files.Sox("noise.wav", "-n", "-r", "16000", "-c", "1", "{out}", "synth", "20", "pinknoise", "vol", "0.05");
        Assert.False(VoiceActivityDetector.Detect(WavDecoder.Decode(hum)).HasSpeech);

        var clicked = new float[16000 * 5];
        for (int i = 0; i < 80; i++) clicked[40000 + i] = 0.9f * (i % 2 == 0 ? 1 : -1); // 5 ms click
        Assert.False(VoiceActivityDetector.Detect(new AudioClip(clicked, 16000)).HasSpeech);
    }

    [Fact]
    public void Speaking_time_in_a_window_leaves_out_pauses_and_the_silence_around_the_answer()
    {
        var activity = new SpeechActivity
        {
            Duration = TimeSpan.FromSeconds(40),
            Spans = [new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)), new(TimeSpan.FromSeconds(13), TimeSpan.FromSeconds(35))],
            Pauses = [new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3))],
            ThresholdDb = -40,
            NoiseDb = -60,
        };
        Assert.Equal(TimeSpan.FromSeconds(30), activity.SpeakingTime);
        Assert.Equal(TimeSpan.FromSeconds(10), activity.SpeakingTimeBetween(TimeSpan.Zero, TimeSpan.FromSeconds(15)));
        Assert.Equal(TimeSpan.FromSeconds(5), activity.SpeakingTimeBetween(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(45)));
    }
}
