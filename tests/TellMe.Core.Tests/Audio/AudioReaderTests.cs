using TellMe.Practice.Audio;

namespace TellMe.Tests.Audio;

public class AudioReaderTests : IDisposable
{
    private readonly AudioFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static AudioException Refused(string path) =>
        Assert.ThrowsAsync<AudioException>(() => new AudioReader(null).ReadAsync(path)).GetAwaiter().GetResult();

    [Fact]
    public void Empty_text_binary_and_missing_files_are_refused_with_what_they_are()
    {
        string empty = _files.File("empty.wav");
        File.WriteAllBytes(empty, []);
        Assert.Contains("is empty (0 bytes)", Refused(empty).Message);

        string text = _files.File("answer.wav");
        File.WriteAllText(text, "At the time I was a platform engineer.\n");
        Assert.Contains("it is text (it starts \"At the time I was a plat…\")", Refused(text).Message);

        string binary = _files.File("random.wav");
        File.WriteAllBytes(binary, [.. Enumerable.Range(0, 256).Select(i => (byte)(i * 7 % 256))]);
        Assert.Contains("no audio format TellMe knows", Refused(binary).Message);

        Assert.Contains("does not exist", Refused(_files.File("missing.wav")).Message);
    }

    [Fact]
    public void A_browser_recording_without_a_decoder_names_the_package_to_install()
    {
        string webm = _files.File("answer.webm");
        File.WriteAllBytes(webm, [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01]);

        var ex = Refused(webm);

        Assert.Contains("WebM audio", ex.Message);
        Assert.Contains("sudo apt-get install ffmpeg", ex.Message);
    }

    [Fact]
    public void The_kind_comes_from_the_content_not_the_name()
    {
        Assert.Equal(AudioContainer.Wav, AudioSniffer.Detect(File.ReadAllBytes(_files.Sox("a.ogg", "-n", "-r", "16000", "-t", "wav", "{out}", "synth", "0.2", "sine", "300"))));
        Assert.Equal(AudioContainer.Ogg, AudioSniffer.Detect("OggS\0\u0002"u8));
        Assert.Equal(AudioContainer.Flac, AudioSniffer.Detect("fLaC\0\0\0\""u8));
        Assert.Equal(AudioContainer.Mp4, AudioSniffer.Detect("\0\0\0\u0018ftypM4A "u8));
        Assert.Equal(AudioContainer.Unknown, AudioSniffer.Detect("RIFF\0\0\0\0AVI "u8));
    }
}
