using System.Collections.Immutable;

namespace TellMe.Practice.Audio;

/// <summary>
/// Finds the syllables of a recording from its samples: the vowel at the heart of each syllable is a peak of
/// loudness, voiced, with a dip before the next one. This is de Jong and Wempe's method for measuring speech
/// rate without a transcript (Behavior Research Methods 41(2), 2009): intensity in 64 ms windows every
/// 10 ms; peaks above the recording's loud level (99th percentile) less 25 dB; a peak counts when the level
/// falls at least 2 dB before the next peak and the sound at the peak is periodic (voiced), so a hiss ("s",
/// "sh") or a click is not a syllable.
/// </summary>
/// <remarks>
/// Why: a recogniser's word count depends on the pace it measures. pocketsphinx inserts short words into slow
/// speech and merges words of fast speech (+10 % at 120 words a minute, −12 to −20 % at 190 on synthesised
/// answers), so a pace from its words is wrong exactly when pace matters. Syllables come from the audio, as
/// pauses and speaking time do, whatever words the engine gets wrong.
/// </remarks>
public static class SyllableNuclei
{
    /// <summary>Analysis step: 10 ms, as the voice activity detector.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    /// <summary>The intensity window: 64 ms (Praat's for a lowest pitch of 50 Hz), long enough to smooth out a single pitch period.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(64);

    /// <summary>A peak this far below the recording's loud level (its 99th percentile frame) is not a syllable.</summary>
    public const double BelowLoudDb = 25;

    /// <summary>The level must fall at least this much after a peak before the next one for both to be syllables.</summary>
    public const double MinDipDb = 2;

    /// <summary>The normalised autocorrelation at a pitch lag (50 to 400 Hz) a peak needs to be voiced.</summary>
    public const double MinVoicing = 0.45;

    /// <summary>
    /// Syllable peaks per spoken word: 1.75. English has about 1.45 syllables per word in speech, and the method
    /// finds about 1.2 peaks per dictionary syllable (a diphthong or a stressed liquid can show two). Measured
    /// on synthesised speech (espeak-ng's en-us voice, one text, at three rates) and checked on other voices,
    /// texts and rates, none of them used to set it: bench/speech/pace.sh, docs/benchmarks.md.
    /// </summary>
    public const double PeaksPerWord = 1.75;

    /// <summary>The times of the syllable peaks inside the speech of <paramref name="activity"/>, in order.</summary>
    public static ImmutableArray<TimeSpan> Find(AudioClip clip, SpeechActivity activity)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.HasSpeech) return [];
        var samples = clip.Samples;
        int step = Math.Max(1, (int)Math.Round(clip.SampleRate * Step.TotalSeconds));
        int window = Math.Max(step, (int)Math.Round(clip.SampleRate * Window.TotalSeconds));
        int frames = samples.Length < window ? 0 : (samples.Length - window) / step + 1;
        if (frames < 3) return [];

        var weights = new float[window];
        double weightSum = 0;
        for (int k = 0; k < window; k++)
        {
            weights[k] = (float)(0.5 - 0.5 * Math.Cos(2 * Math.PI * k / (window - 1)));
            weightSum += weights[k] * (double)weights[k];
        }
        var levels = new double[frames];
        for (int f = 0; f < frames; f++)
        {
            var frame = samples.Slice(f * step, window);
            double power = 0;
            for (int k = 0; k < window; k++)
            {
                double v = frame[k] * weights[k];
                power += v * v;
            }
            power /= weightSum;
            levels[f] = power > 1e-12 ? 10 * Math.Log10(power) : VoiceActivityDetector.SilentDb;
        }
        var sorted = (double[])levels.Clone();
        Array.Sort(sorted);
        double threshold = sorted[(int)Math.Round(0.99 * (frames - 1))] - BelowLoudDb;

        TimeSpan Centre(int f) => clip.TimeAt(f * (long)step + window / 2);
        bool InSpeech(TimeSpan t) => activity.Spans.Any(s => t >= s.Start && t < s.End);

        var peaks = new List<int>();
        for (int f = 1; f < frames - 1; f++)
            if (levels[f] > threshold && levels[f] >= levels[f - 1] && levels[f] > levels[f + 1]) peaks.Add(f);

        var result = ImmutableArray.CreateBuilder<TimeSpan>();
        for (int i = 0; i < peaks.Count; i++)
        {
            int p = peaks[i], next = i + 1 < peaks.Count ? peaks[i + 1] : frames;
            double dip = double.MaxValue;
            for (int f = p + 1; f < next; f++) dip = Math.Min(dip, levels[f]);
            if (next == frames && dip == double.MaxValue) dip = VoiceActivityDetector.SilentDb;
            if (levels[p] - dip < MinDipDb) continue;
            var at = Centre(p);
            if (!InSpeech(at) || !Voiced(samples, p * step + window / 2, clip.SampleRate)) continue;
            result.Add(at);
        }
        return result.ToImmutable();
    }

    /// <summary>True when 40 ms of sound around <paramref name="centre"/> repeats at a pitch period between 2.5 and 20 ms.</summary>
    private static bool Voiced(ReadOnlySpan<float> samples, int centre, int rate)
    {
        int length = rate / 25, minLag = rate / 400, maxLag = rate / 50;
        int start = centre - length / 2;
        if (start < 0 || start + length + maxLag > samples.Length) return false;
        var a = samples.Slice(start, length);
        double energy = 0;
        foreach (float v in a) energy += v * (double)v;
        if (energy <= 0) return false;
        // The energy of the lagged slice, kept up to date as the lag grows.
        double lagged = 0;
        for (int k = 0; k < length; k++) lagged += samples[start + minLag + k] * (double)samples[start + minLag + k];
        for (int lag = minLag; lag <= maxLag; lag++)
        {
            if (lag > minLag)
            {
                double gone = samples[start + lag - 1], come = samples[start + lag + length - 1];
                lagged += come * come - gone * gone;
            }
            var b = samples.Slice(start + lag, length);
            double r = 0;
            for (int k = 0; k < length; k++) r += a[k] * (double)b[k];
            if (lagged > 0 && r / Math.Sqrt(energy * lagged) >= MinVoicing) return true;
        }
        return false;
    }
}
