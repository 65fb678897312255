using TellMe.Practice.Audio;

namespace TellMe.Tests.Audio;

public class WavDecoderTests : IDisposable
{
    private readonly AudioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(8000, 1, 8, "unsigned-integer")]
    [InlineData(16000, 1, 16, "signed-integer")]
    [InlineData(22050, 1, 16, "signed-integer")]
    [InlineData(44100, 2, 16, "signed-integer")]
    [InlineData(48000, 2, 24, "signed-integer")]
    [InlineData(48000, 1, 32, "signed-integer")]
    [InlineData(44100, 2, 32, "floating-point")]
    [InlineData(96000, 1, 64, "floating-point")]
    [InlineData(48000, 6, 16, "signed-integer")]
    public void Any_rate_layout_and_sample_format_becomes_16_kHz_mono_with_the_same_sound(int rate, int channels, int bits, string encoding)
    {
        // Two seconds of a 440 Hz sine at half scale on every channel.
        string path = _files.Sox($"sine-{rate}-{channels}-{bits}-{encoding}.wav",
            "-n", "-r", $"{rate}", "-c", $"{channels}", "-b", $"{bits}", "-e", encoding, "{out}", "synth", "2.0", "sine", "440", "vol", "0.5");

        var clip = WavDecoder.Decode(path);

        Assert.Equal(16000, clip.SampleRate);
        Assert.InRange(clip.Duration.TotalSeconds, 1.99, 2.01);
        var middle = clip.Samples[1600..^1600]; // away from the resampler's edges
        Assert.InRange(AudioFiles.Rms(middle), 0.5 / Math.Sqrt(2) * 0.95, 0.5 / Math.Sqrt(2) * 1.05);
        // 440 Hz crosses zero 880 times a second.
        double crossingsPerSecond = AudioFiles.ZeroCrossings(middle) / (middle.Length / 16000.0);
        Assert.InRange(crossingsPerSecond, 875, 885);
    }

    [Fact]
    public void Stereo_is_averaged_so_a_one_sided_recording_keeps_half_its_level()
    {
        string left = _files.Sox("left.wav", "-n", "-r", "44100", "-c", "1", "{out}", "synth", "1.0", "sine", "300", "vol", "0.8");
        string silent = _files.Sox("silent.wav", "-n", "-r", "44100", "-c", "1", "{out}", "trim", "0", "1.0");
        string stereo = _files.Sox("stereo.wav", "-M", left, silent, "{out}");

        var clip = WavDecoder.Decode(stereo);

        Assert.InRange(AudioFiles.Rms(clip.Samples[1600..^1600]), 0.4 / Math.Sqrt(2) * 0.95, 0.4 / Math.Sqrt(2) * 1.05);
    }

    /// <summary>A 32-bit float sine whose every <paramref name="every"/>th sample is NaN or infinite, written over the file's bytes.</summary>
    private string WithBrokenSamples(string name, int every)
    {
        string path = _files.Sox(name, "-n", "-r", "16000", "-c", "1", "-b", "32", "-e", "floating-point", "{out}", "synth", "2.0", "sine", "440", "vol", "0.5");
        var bytes = File.ReadAllBytes(path);
        int data = System.Text.Encoding.ASCII.GetString(bytes).IndexOf("data", StringComparison.Ordinal) + 8;
        for (int i = data, k = 0; i + 4 <= bytes.Length; i += 4, k++)
            if (k % every == 0) BitConverter.GetBytes(k % (2 * every) == 0 ? float.NaN : float.PositiveInfinity).CopyTo(bytes, i);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_few_samples_that_are_not_numbers_are_read_as_silence_not_spread_over_the_recording()
    {
        var clip = WavDecoder.Decode(WithBrokenSamples("few-nan.wav", 997));

        Assert.All(clip.Samples.ToArray(), x => Assert.True(float.IsFinite(x)));
        Assert.InRange(AudioFiles.Rms(clip.Samples[1600..^1600]), 0.5 / Math.Sqrt(2) * 0.95, 0.5 / Math.Sqrt(2) * 1.05);
    }

    [Fact]
    public void A_recording_made_mostly_of_samples_that_are_not_numbers_is_refused_as_damaged()
    {
        var ex = Assert.Throws<AudioException>(() => WavDecoder.Decode(WithBrokenSamples("many-nan.wav", 2)));

        Assert.Contains("many-nan.wav", ex.Message);
        Assert.Contains("damaged", ex.Message);
        Assert.Contains("not numbers", ex.Message);
    }

    [Fact]
    public void A_compressed_wav_encoding_is_refused_with_how_to_convert_it()
    {
        string adpcm = _files.Sox("adpcm.wav", "-n", "-r", "16000", "-c", "1", "-e", "ima-adpcm", "{out}", "synth", "1.0", "sine", "300");

        var ex = Assert.Throws<AudioException>(() => WavDecoder.Decode(adpcm));

        Assert.Contains("adpcm.wav", ex.Message);
        Assert.Contains("does not read", ex.Message);
        Assert.Contains("16-bit PCM", ex.Message);
    }

    [Fact]
    public void A_header_declaring_over_an_hour_is_refused_before_any_sample_is_read()
    {
        // Three hours of 48 kHz stereo 16-bit declared: about 2 GB, sparse on disk.
        string huge = _files.SparseWav("three-hours.wav", 3 * 3600, 48000, 2);

        var ex = Assert.Throws<AudioException>(() => WavDecoder.Decode(huge));

        Assert.Contains("3:00:00 long", ex.Message);
        Assert.Contains("up to 1:00:00", ex.Message);
    }

    [Fact]
    public void A_wav_with_a_broken_header_or_no_data_is_refused()
    {
        string cut = _files.File("cut.wav");
        File.WriteAllBytes(cut, File.ReadAllBytes(_files.Sox("ok.wav", "-n", "-r", "16000", "{out}", "synth", "0.5", "sine", "300"))[..30]);
        Assert.Contains("not a readable WAV file", Assert.Throws<AudioException>(() => WavDecoder.Decode(cut)).Message);

        string empty = _files.SparseWav("empty.wav", 0);
        Assert.Contains("no audio in it", Assert.Throws<AudioException>(() => WavDecoder.Decode(empty)).Message);
    }
}
