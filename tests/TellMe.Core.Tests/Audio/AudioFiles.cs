using TellMe.Testing;
using System.Buffers.Binary;
using TellMe.Practice.Audio;

namespace TellMe.Tests.Audio;

/// <summary>Real audio for tests: made with Debian's sox (installed by .ci/run), in a folder removed after the test.</summary>
public sealed class AudioFiles : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "tellme-audio-tests", Guid.NewGuid().ToString("N"));

    public AudioFiles() => Directory.CreateDirectory(Folder);

    public string File(string name) => Path.Combine(Folder, name);


    /// <summary>sox writes a file from its arguments: <c>sox ARGS</c>, the last one being the output name in this folder.</summary>
    public string Sox(string output, params string[] args)
    {
        string path = File(output);
        Tool.Run("sox", [.. args.Select(a => a == "{out}" ? path : a)]);
        return path;
    }

    /// <summary>
    /// A WAV header (16-bit PCM) declaring <paramref name="seconds"/> of audio, the data left sparse: a file that
    /// reads as that much digital silence without taking disk space.
    /// </summary>
    public string SparseWav(string name, double seconds, int rate = 16000, int channels = 1)
    {
        string path = File(name);
        long data = (long)(seconds * rate) * channels * 2;
        var header = new byte[44];
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)Math.Min(uint.MaxValue, data + 36));
        "WAVEfmt "u8.CopyTo(header.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(22), (short)channels);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), rate);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), rate * channels * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(32), (short)(channels * 2));
        BinaryPrimitives.WriteInt16LittleEndian(header.AsSpan(34), 16);
        "data"u8.CopyTo(header.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(40), (uint)data);
        using var f = new FileStream(path, FileMode.Create);
        f.Write(header);
        f.SetLength(44 + data);
        return path;
    }

    public static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var s in samples) sum += s * (double)s;
        return Math.Sqrt(sum / Math.Max(1, samples.Length));
    }

    public static int ZeroCrossings(ReadOnlySpan<float> samples)
    {
        int n = 0;
        for (int i = 1; i < samples.Length; i++) if ((samples[i - 1] < 0) != (samples[i] < 0)) n++;
        return n;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
