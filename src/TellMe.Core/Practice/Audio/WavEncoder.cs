using System.Buffers.Binary;

namespace TellMe.Practice.Audio;

/// <summary>
/// Writes a clip as a 16-bit PCM mono WAV: the plainest file every player and TellMe's own
/// <see cref="WavDecoder"/> read, for a recording the user asked to keep (<c>--keep-audio</c>).
/// </summary>
public static class WavEncoder
{
    /// <summary>Writes <paramref name="clip"/> to <paramref name="output"/>.</summary>
    public static void Write(AudioClip clip, Stream output)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(output);
        int data = clip.Length * 2;
        Span<byte> header = stackalloc byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 36 + data);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], clip.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], clip.SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], data);
        output.Write(header);
        var block = new byte[8192];
        var samples = clip.Samples;
        for (int i = 0; i < samples.Length; i += block.Length / 2)
        {
            int n = Math.Min(block.Length / 2, samples.Length - i);
            for (int j = 0; j < n; j++)
                BinaryPrimitives.WriteInt16LittleEndian(block.AsSpan(j * 2), (short)Math.Round(Math.Clamp(samples[i + j], -1f, 1f) * 32767));
            output.Write(block, 0, n * 2);
        }
    }
}
