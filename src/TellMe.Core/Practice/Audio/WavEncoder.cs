using NAudio.Wave;

namespace TellMe.Practice.Audio;

/// <summary>
/// Writes a clip as a 16-bit PCM mono WAV: the plainest file every player and TellMe's own
/// <see cref="WavDecoder"/> read, for a recording the user asked to keep (<c>--keep-audio</c>). The format and
/// the sample conversion are NAudio's (<c>WaveFileWriter</c>), the same library that reads WAV.
/// </summary>
public static class WavEncoder
{
    /// <summary>Writes <paramref name="clip"/> to <paramref name="output"/>, which is closed at the end (the header's sizes are written last).</summary>
    public static void Write(AudioClip clip, Stream output)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new WaveFileWriter(output, new WaveFormat(clip.SampleRate, 16, 1));
        var samples = clip.Memory;
        const int Block = 8192;
        var buffer = new float[Block];
        for (int i = 0; i < samples.Length; i += Block)
        {
            int n = Math.Min(Block, samples.Length - i);
            samples.Span.Slice(i, n).CopyTo(buffer);
            writer.WriteSamples(buffer, 0, n);
        }
    }
}
