using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace TellMe.Practice.Audio;

/// <summary>
/// Reads a WAV file of any rate and channel count, 8/16/24/32-bit PCM or 32/64-bit float (plain or
/// WAVE_FORMAT_EXTENSIBLE), into a mono 16 kHz <see cref="AudioClip"/>. Parsing, sample conversion and
/// resampling are NAudio's (<c>WaveFileReader</c>, its sample providers, the WDL resampler); TellMe only
/// averages the channels and refuses what is not a spoken answer, from the header, before reading samples.
/// </summary>
public static class WavDecoder
{
    /// <summary>Decodes a WAV stream (seekable: NAudio reads the chunk list first). <paramref name="name"/> is used in messages.</summary>
    /// <exception cref="AudioException">Not a readable WAV, an encoding that is not PCM or float, no audio, or too long.</exception>
    public static AudioClip Decode(Stream wav, string name, int sampleRate = AudioClip.StandardRate)
    {
        ArgumentNullException.ThrowIfNull(wav);
        WaveFileReader reader;
        try
        {
            reader = new WaveFileReader(wav);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or EndOfStreamException or ArgumentException or NotSupportedException)
        {
            throw new AudioException($"'{name}' is not a readable WAV file ({ex.Message.TrimEnd('.')}); record it again or convert it with `ffmpeg -i {name} answer.wav`", ex);
        }
        using (reader)
        {
            var format = reader.WaveFormat;
            if (format.Channels < 1 || format.SampleRate < 1)
                throw new AudioException($"'{name}' has a broken WAV header ({format.Channels} channels at {format.SampleRate} Hz)");
            ISampleProvider samples;
            try
            {
                samples = reader.ToSampleProvider();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
            {
                throw new AudioException($"'{name}' is a WAV file in {Describe(format)}, which TellMe does not read; save it as 16-bit PCM (`sox {name} -b 16 -e signed answer.wav`)", ex);
            }
            long frames = format.BlockAlign > 0 ? reader.Length / format.BlockAlign : 0;
            if (frames == 0) throw new AudioException($"'{name}' is a WAV file with no audio in it");
            var duration = TimeSpan.FromSeconds(frames / (double)format.SampleRate);
            if (duration > AudioLimits.MaxDuration)
                throw new AudioException($"'{name}' is {AudioLimits.Clock(duration)} long; TellMe analyses one answer of up to {AudioLimits.Clock(AudioLimits.MaxDuration)}: cut it to the answer first (`sox {name} answer.wav trim START DURATION`)");

            var finite = new FiniteSamples(samples);
            ISampleProvider mono = format.Channels == 1 ? finite : new ChannelAverage(finite);
            ISampleProvider output = format.SampleRate == sampleRate ? mono : new WdlResamplingSampleProvider(mono, sampleRate);
            long expected = (long)Math.Ceiling(frames * (double)sampleRate / format.SampleRate);
            var clip = new AudioClip(ReadAll(output, expected), sampleRate);
            if (finite.Broken > finite.Total / 100)
                throw new AudioException($"'{name}' is damaged: {finite.Broken:N0} of its {finite.Total:N0} samples are not numbers (NaN or infinite); record it again");
            return clip;
        }
    }

    /// <summary>Decodes a WAV file.</summary>
    public static AudioClip Decode(string path, int sampleRate = AudioClip.StandardRate)
    {
        using var stream = File.OpenRead(path);
        return Decode(stream, Path.GetFileName(path), sampleRate);
    }

    private static float[] ReadAll(ISampleProvider provider, long expected)
    {
        var buffer = new float[Math.Max(16, expected + 64)];
        int count = 0;
        while (true)
        {
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            int read = provider.Read(buffer.AsSpan(count, Math.Min(buffer.Length - count, 1 << 16)));
            if (read <= 0) break;
            count += read;
        }
        if (count != buffer.Length) Array.Resize(ref buffer, count);
        return buffer;
    }

    private static string Describe(WaveFormat format) =>
        $"{format.Encoding} ({format.BitsPerSample}-bit, {format.Channels} channel{(format.Channels == 1 ? "" : "s")}, {format.SampleRate} Hz)";

    /// <summary>
    /// A float WAV can hold samples that are not numbers (NaN, ±infinity): one would spread through the resampler
    /// and make the whole recording look like silence. A few are read as silence; <see cref="Broken"/> counts them
    /// so that a file made mostly of them is refused as damaged.
    /// </summary>
    private sealed class FiniteSamples(ISampleProvider source) : ISampleProvider
    {
        public long Broken { get; private set; }

        public long Total { get; private set; }

        public WaveFormat WaveFormat => source.WaveFormat;

        public int Read(Span<float> buffer)
        {
            int read = source.Read(buffer);
            for (int i = 0; i < read; i++)
            {
                if (float.IsFinite(buffer[i])) continue;
                buffer[i] = 0;
                Broken++;
            }
            Total += Math.Max(0, read);
            return read;
        }
    }

    /// <summary>Averages interleaved channels into one: NAudio's <c>ToMono</c> covers stereo only; a recorder may give more.</summary>
    private sealed class ChannelAverage(ISampleProvider source) : ISampleProvider
    {
        private readonly int _channels = source.WaveFormat.Channels;
        private float[] _buffer = [];

        public WaveFormat WaveFormat { get; } = WaveFormat.CreateIeeeFloatWaveFormat(source.WaveFormat.SampleRate, 1);

        public int Read(Span<float> buffer)
        {
            int wanted = buffer.Length * _channels;
            if (_buffer.Length < wanted) _buffer = new float[wanted];
            int read = source.Read(_buffer.AsSpan(0, wanted));
            int frames = read / _channels;
            float scale = 1f / _channels;
            for (int f = 0; f < frames; f++)
            {
                float sum = 0;
                for (int c = 0, i = f * _channels; c < _channels; c++, i++) sum += _buffer[i];
                buffer[f] = sum * scale;
            }
            return frames;
        }
    }
}
