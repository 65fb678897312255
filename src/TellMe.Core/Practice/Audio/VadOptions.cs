namespace TellMe.Practice.Audio;

/// <summary>
/// How <see cref="VoiceActivityDetector"/> tells speech from silence. The defaults are documented in
/// docs/practice.md ("Spoken practice") and tested on synthesised speech with known silences.
/// </summary>
public sealed record VadOptions
{
    /// <summary>Analysis frame: 10 ms, the resolution of every boundary.</summary>
    public TimeSpan Frame { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// The shortest silence that is a pause: three quarters of a second. Shorter silences are the rhythm of
    /// speech (a breath, the gap after a full stop, at most about half a second) and count as speaking time;
    /// from about a second a listener hears the speaker stop. The threshold sits below the second so that a
    /// one-second silence is always found, whatever the 10 ms frames cut off its edges.
    /// </summary>
    public TimeSpan MinPause { get; init; } = TimeSpan.FromSeconds(0.75);

    /// <summary>Silences shorter than this (the closure before a "t", a glottal stop) are inside a stretch of speech.</summary>
    public TimeSpan Bridge { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Sound shorter than this, alone in silence (a click, a tap on the desk), is not speech.</summary>
    public TimeSpan MinSpeech { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Rumble and hum below this frequency (Hz) are filtered out before measuring.</summary>
    public float HighPassHz { get; init; } = 80f;

    /// <summary>Speech must be at least this many dB above the background.</summary>
    public double MinMarginDb { get; init; } = 10;

    /// <summary>
    /// The threshold sits this share of the way from the background to the loud frames (their 95th percentile),
    /// when that is more than <see cref="MinMarginDb"/>: a quiet room gets a low threshold, a noisy one a higher one.
    /// </summary>
    public double ThresholdShare { get; init; } = 0.3;

    /// <summary>When the loud frames are less than this above the background, the recording is steady noise or silence: no speech.</summary>
    public double MinContrastDb { get; init; } = 12;

    /// <summary>Frames quieter than this (dBFS) are silence whatever the background: digital silence, a muted microphone.</summary>
    public double SilenceFloorDb { get; init; } = -75;
}
