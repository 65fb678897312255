namespace TellMe.Practice.Audio;

/// <summary>
/// A recording as TellMe analyses it: one channel of samples in [-1, 1] at one rate. Every source (a WAV of
/// any layout, a browser's WebM, the microphone) is brought to this shape first, so voice activity, pace and
/// transcription never see a file format. Immutable: the samples are never changed after construction.
/// </summary>
public sealed class AudioClip
{
    /// <summary>The rate everything is analysed at: what speech recognisers expect, and enough for speech (up to 8 kHz).</summary>
    public const int StandardRate = 16_000;

    private readonly float[] _samples;

    /// <summary>Wraps samples (taken, not copied: the caller must not change them afterwards).</summary>
    public AudioClip(float[] samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        _samples = samples;
        SampleRate = sampleRate;
    }

    /// <summary>Samples per second.</summary>
    public int SampleRate { get; }

    /// <summary>The samples, mono, in [-1, 1].</summary>
    public ReadOnlySpan<float> Samples => _samples;

    /// <summary>The samples as memory (for APIs that keep a reference while they work).</summary>
    public ReadOnlyMemory<float> Memory => _samples;

    /// <summary>How many samples.</summary>
    public int Length => _samples.Length;

    /// <summary>How long the recording is.</summary>
    public TimeSpan Duration => TimeAt(_samples.Length);

    /// <summary>The time of a sample index.</summary>
    public TimeSpan TimeAt(long sample) => TimeSpan.FromSeconds(sample / (double)SampleRate);

    /// <summary>The sample index of a time, clamped to the clip.</summary>
    public int SampleAt(TimeSpan time) => (int)Math.Clamp(Math.Round(time.TotalSeconds * SampleRate), 0, _samples.Length);

    /// <summary>The samples between two times (clamped to the clip).</summary>
    public ReadOnlySpan<float> Between(TimeSpan start, TimeSpan end)
    {
        int from = SampleAt(start), to = Math.Max(from, SampleAt(end));
        return _samples.AsSpan(from, to - from);
    }
}
