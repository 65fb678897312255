using System.Buffers.Binary;
using TellMe.Practice.Audio;

namespace TellMe.Speech;

/// <summary>Reads raw little-endian PCM from a tool's output into samples, refusing more than the longest answer.</summary>
internal static class PcmReader
{
    /// <summary>Reads 32-bit float samples (ffmpeg's and sox's <c>f32le</c>) to the end of the stream.</summary>
    public static async Task<float[]> ReadFloatsAsync(Stream stream, int sampleRate, string name, CancellationToken cancellationToken)
    {
        long max = (long)(AudioLimits.MaxDuration.TotalSeconds * sampleRate);
        var samples = new float[sampleRate * 60];
        int count = 0;
        var buffer = new byte[1 << 16];
        int carry = 0;
        while (true)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(carry), cancellationToken).ConfigureAwait(false);
            if (n <= 0) break;
            int bytes = carry + n, whole = bytes / 4 * 4;
            if (count + whole / 4 > max)
                throw new AudioException($"'{name}' is longer than {AudioLimits.Clock(AudioLimits.MaxDuration)}; TellMe analyses one answer at a time: cut it to the answer first");
            if (count + whole / 4 > samples.Length) Array.Resize(ref samples, Math.Max(samples.Length * 2, count + whole / 4));
            for (int i = 0; i < whole; i += 4)
                samples[count++] = BinaryPrimitives.ReadSingleLittleEndian(buffer.AsSpan(i, 4));
            carry = bytes - whole;
            if (carry > 0) Array.Copy(buffer, whole, buffer, 0, carry);
        }
        Array.Resize(ref samples, count);
        return samples;
    }
}
