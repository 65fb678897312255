using TellMe.Testing;
using TellMe.Bank;
using TellMe.Practice.Audio;

namespace TellMe.Speech.Tests;

/// <summary>Browser formats through Debian's tools, and what each engine says when something is missing.</summary>
public class DecodingAndEngineTests : IDisposable
{
    private readonly Synth _synth = new();

    public void Dispose() => _synth.Dispose();

    // Speech with a 1.5 s pause, as a WAV: the reference the compressed versions are compared with.
    private string Reference()
    {
        string a = _synth.File("a.wav"), b = _synth.File("b.wav"), gap = _synth.File("gap.wav"), joined = _synth.File("ref.wav");
        Tool.Run("espeak-ng", "-v", "en-us", "-w", a, "My goal was to find the cause of the failures.");
        Tool.Run("espeak-ng", "-v", "en-us", "-w", b, "As a result, failures dropped by ninety percent.");
        Tool.Run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", gap, "trim", "0", "1.5");
        Tool.Run("sox", a, gap, b, joined);
        return joined;
    }

    // A folder holding links to only the named tools: a machine where the others are not installed.
    private ToolLocator Only(params string[] tools)
    {
        string bin = _synth.File("bin-" + string.Join('-', tools));
        Directory.CreateDirectory(bin);
        foreach (var tool in tools) File.CreateSymbolicLink(Path.Combine(bin, tool), ToolLocator.FromEnvironment().Find(tool)!);
        return new ToolLocator(bin);
    }

    [Theory]
    [InlineData("webm", "libopus")]   // Chromium's MediaRecorder
    [InlineData("ogg", "libopus")]    // Firefox's MediaRecorder
    [InlineData("ogg", "libvorbis")]
    public async Task Browser_recordings_decode_through_ffmpeg_to_the_same_speech_as_the_wav(string extension, string codec)
    {
        string wav = Reference();
        string compressed = _synth.File($"answer-{codec}.{extension}");
        Tool.Run("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-i", wav, "-c:a", codec, compressed);
        var reader = new AudioReader(ToolAudioConverter.Find(ToolLocator.FromEnvironment()));

        var expected = VoiceActivityDetector.Detect(await reader.ReadAsync(wav));
        var fromFile = await reader.ReadAsync(compressed);
        await using var upload = new NonSeekable(File.ReadAllBytes(compressed)); // as a browser upload arrives
        var fromUpload = await reader.ReadAsync(upload, "upload");

        foreach (var clip in new[] { fromFile, fromUpload })
        {
            Assert.Equal(16000, clip.SampleRate);
            var activity = VoiceActivityDetector.Detect(clip);
            var pause = Assert.Single(activity.Pauses);
            Assert.InRange(pause.Duration.TotalSeconds, expected.Pauses[0].Duration.TotalSeconds - 0.05, expected.Pauses[0].Duration.TotalSeconds + 0.05);
            Assert.InRange(activity.SpeakingTime.TotalSeconds, expected.SpeakingTime.TotalSeconds * 0.97, expected.SpeakingTime.TotalSeconds * 1.03);
        }
    }

    [Fact]
    public async Task Without_ffmpeg_sox_decodes_ogg_vorbis_and_the_message_for_opus_names_the_package()
    {
        string wav = Reference();
        string vorbis = _synth.File("answer.ogg"), opus = _synth.File("answer-opus.ogg");
        Tool.Run("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-i", wav, "-c:a", "libvorbis", vorbis);
        Tool.Run("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-i", wav, "-c:a", "libopus", opus);
        var soxOnly = new AudioReader(ToolAudioConverter.Find(Only("sox")));

        var clip = await soxOnly.ReadAsync(vorbis);
        Assert.Single(VoiceActivityDetector.Detect(clip).Pauses);

        var ex = await Assert.ThrowsAsync<AudioException>(() => soxOnly.ReadAsync(opus));
        Assert.Contains("Ogg Opus", ex.Message);
        Assert.Contains("sudo apt-get install ffmpeg", ex.Message);
        Assert.Null(ToolAudioConverter.Find(Only()));
    }

    [Fact]
    public async Task A_damaged_browser_recording_is_refused_with_the_tool_s_reason()
    {
        string wav = Reference(), webm = _synth.File("answer.webm"), cut = _synth.File("cut.webm");
        Tool.Run("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-i", wav, "-c:a", "libopus", webm);
        File.WriteAllBytes(cut, File.ReadAllBytes(webm)[..200]);

        var ex = await Assert.ThrowsAsync<AudioException>(() => new AudioReader(ToolAudioConverter.Find(ToolLocator.FromEnvironment())).ReadAsync(cut));

        Assert.Contains("'cut.webm'", ex.Message);
        Assert.True(ex.Message.Contains("could not decode it") || ex.Message.Contains("no audio in it"), ex.Message);
    }

    [Fact]
    public void Missing_pocketsphinx_or_its_model_names_the_debian_packages()
    {
        var none = Assert.Throws<AudioException>(() => PocketSphinxTranscriber.Find(Only()));
        Assert.Contains("sudo apt-get install pocketsphinx pocketsphinx-en-us", none.Message);

        var noModel = Assert.Throws<AudioException>(() => PocketSphinxTranscriber.Find(Only(PocketSphinxTranscriber.Tool), _synth.Folder));
        Assert.Contains("is not a pocketsphinx model folder", noModel.Message);
    }

    [Fact]
    public void Whisper_without_a_model_says_how_to_get_one_and_a_bad_file_is_refused_by_the_native_loader()
    {
        var missing = Assert.Throws<AudioException>(() => WhisperTranscriber.Load(_synth.File("ggml-base.en.bin")));
        Assert.StartsWith("model not found: '", missing.Message);
        Assert.Contains("ggml-base.en.bin", missing.Message);
        Assert.Contains("download-ggml-model.sh", missing.Message);
        Assert.Contains("--model FILE", missing.Message);

        Assert.Contains("needs a model", Assert.Throws<AudioException>(() => WhisperTranscriber.Load(null)).Message);

        // A file that is not a model goes through Whisper.net to whisper.cpp, which refuses it.
        string bogus = _synth.File("not-a-model.bin");
        File.WriteAllBytes(bogus, [.. Enumerable.Range(0, 4096).Select(i => (byte)i)]);
        var bad = Assert.Throws<AudioException>(() => WhisperTranscriber.Load(bogus));
        Assert.Contains("is not a Whisper model that whisper.cpp can load", bad.Message);
    }

    [Fact]
    public void The_engine_is_chosen_by_option_then_environment_then_tellme_yaml()
    {
        var yaml = new SpeechSettings { Engine = "whisper", Model = "models/ggml-base.en.bin" };
        string bank = _synth.Folder;
        string? Env(string name) => name == SpeechEngines.EngineVariable ? "pocketsphinx" : null;
        static string? NoEnv(string name) => null;

        Assert.Equal(new SpeechChoice(SpeechEngine.PocketSphinx, null, "default"), SpeechEngines.Choose(null, null, NoEnv, new SpeechSettings(), bank));
        Assert.Equal(new SpeechChoice(SpeechEngine.Whisper, Path.Combine(bank, "models", "ggml-base.en.bin"), "tellme.yaml"), SpeechEngines.Choose(null, null, NoEnv, yaml, bank));
        Assert.Equal(SpeechEngine.PocketSphinx, SpeechEngines.Choose(null, null, Env, yaml, bank).Engine);
        Assert.Equal(SpeechEngine.Whisper, SpeechEngines.Choose("whisper", null, Env, yaml, bank).Engine);
        Assert.Equal("--model", SpeechEngines.Choose(null, "m.bin", NoEnv, null, bank).Source);
        Assert.Contains("unknown speech engine 'vosk' (from --engine)", Assert.Throws<AudioException>(() => SpeechEngines.Choose("vosk", null, NoEnv, null, bank)).Message);
        var fromEnv = SpeechEngines.Choose("whisper", null, n => n == SpeechEngines.ModelVariable ? "/models/w.bin" : null, null, bank);
        Assert.Equal(Path.GetFullPath("/models/w.bin"), fromEnv.Model);
        Assert.Contains("model not found", Assert.Throws<AudioException>(() => SpeechEngines.Create(fromEnv)).Message);
    }

    [Fact]
    public void Pocketsphinx_word_lines_are_parsed_and_markers_left_out()
    {
        var offset = TimeSpan.FromSeconds(10);
        var word = PocketSphinxTranscriber.ParseLine("on(2) 1.630 1.730 0.513206", offset)!;
        Assert.Equal(("on", 11.63, 11.73), (word.Text, Math.Round(word.Start.TotalSeconds, 2), Math.Round(word.End.TotalSeconds, 2)));
        Assert.Null(PocketSphinxTranscriber.ParseLine("<sil> 2.300 2.520 0.997503", offset));
        Assert.Null(PocketSphinxTranscriber.ParseLine("[NOISE] 2.300 2.520 0.9", offset));
        Assert.Null(PocketSphinxTranscriber.ParseLine("<s> 0.000 0.020 0.997004", offset));
        Assert.Null(PocketSphinxTranscriber.ParseLine("so at the time i was working", offset));
    }

    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
