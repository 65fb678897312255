using System.Globalization;
using TellMe.Practice.Audio;
using TellMe.Testing;
using Xunit.Abstractions;

namespace TellMe.Speech.Tests;

/// <summary>
/// pocketsphinx's word count must not depend on how loud the microphone is, nor on its fast search losing a
/// stretch of speech: espeak-ng answers, cut and scaled with sox, recognised by the real tool.
/// </summary>
public sealed class RecognitionLevelTests(ITestOutputHelper output) : IDisposable
{
    private const string Text = "At the time I was a platform engineer and management proposed a big migration. " +
        "My task was to judge whether it made sense for the team. I collected numbers on incidents and presented them to the stakeholders.";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "tellme-speech-level", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Eight seconds of the answer from <paramref name="from"/>, at <paramref name="volume"/> of espeak's level.</summary>
    private async Task<AudioClip> Cut(double from, double volume)
    {
        string wav = Path.Combine(_folder, "answer.wav"), cut = Path.Combine(_folder, $"cut-{from}-{volume}.wav");
        if (!File.Exists(wav)) Tool.Run("espeak-ng", "-v", "en-us", "-s", "150", "-w", wav, Text);
        Tool.Run("sox", "-R", wav, "-r", "16000", "-b", "32", "-e", "floating-point", cut,
            "trim", from.ToString(CultureInfo.InvariantCulture), "8", "vol", volume.ToString(CultureInfo.InvariantCulture));
        return await new AudioReader(null).ReadAsync(cut);
    }

    private async Task<int> Words(PocketSphinxTranscriber engine, AudioClip clip)
    {
        var transcript = await engine.TranscribeAsync(clip, VoiceActivityDetector.Detect(clip));
        output.WriteLine($"{transcript.Words.Length} words: {string.Join(' ', transcript.Words.Select(w => w.Text))}");
        return transcript.Words.Length;
    }

    private static PocketSphinxTranscriber Engine() => PocketSphinxTranscriber.Find(ToolLocator.FromEnvironment());

    [Fact]
    public async Task A_quiet_microphone_is_recognised_as_well_as_a_normal_one()
    {
        var engine = Engine();
        int normal = await Words(engine, await Cut(0, 1.0));
        // Speech peaking at about 1 % of full scale: before the level was set, 4 words were recognised here.
        int quiet = await Words(engine, await Cut(0, 0.01));
        Assert.InRange(normal, 15, 35);
        Assert.InRange(quiet, normal * 0.8, normal * 1.25);
    }

    [Fact]
    public async Task A_part_the_fast_search_loses_is_searched_again()
    {
        // With the fast settings alone, pocketsphinx prints no word at all for this cut of clear speech.
        int words = await Words(Engine(), await Cut(3.3, 1.0));
        Assert.InRange(words, 15, 35);
    }

    [Fact]
    public async Task The_second_search_runs_whatever_made_the_first_lose_the_words()
    {
        var tool = ToolLocator.FromEnvironment().Find(PocketSphinxTranscriber.Tool)!;
        // A language weight so heavy the first search prefers no word at all: every word comes from the second.
        var engine = new PocketSphinxTranscriber(tool, null, null, ["-lw", "200"]);
        int words = await Words(engine, await Cut(1.9, 1.0));
        Assert.InRange(words, 15, 35);
    }

    [Theory]
    [InlineData(0.5f, 1.0f)]
    [InlineData(0.01f, 50f)]
    [InlineData(1.0f, 0.5f)]
    public void The_gain_brings_loud_speech_to_the_speech_level(float peak, float gain)
    {
        // A sine at the given peak, with one click at full scale that must not set the level.
        var samples = Enumerable.Range(0, 16_000).Select(i => peak * MathF.Sin(i * 0.05f)).ToArray();
        samples[100] = 1f;
        Assert.InRange(PocketSphinxTranscriber.Gain(samples), gain * 0.95f, gain * 1.05f);
    }
}
