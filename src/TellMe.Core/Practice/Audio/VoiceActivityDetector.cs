using System.Collections.Immutable;
using NAudio.Dsp;

namespace TellMe.Practice.Audio;

/// <summary>
/// Finds speech in a recording from its samples: the level of each 10 ms frame (after a high-pass filter
/// against rumble), compared with a threshold set between the recording's own background and its loud
/// frames, so a quiet room and a noisy one both work without a setting. Runs of speech frames closer than
/// <see cref="VadOptions.Bridge"/> are joined, lone blips shorter than <see cref="VadOptions.MinSpeech"/>
/// dropped, and gaps of at least <see cref="VadOptions.MinPause"/> are the pauses.
/// </summary>
/// <remarks>
/// Hand-written because no package served here detects voice activity (WebRTC's VAD and Silero have no
/// managed build in the feed, and Silero needs a model file). An energy detector is what fluency research
/// uses for pause measurement; its boundaries are exact to a frame on clean audio and the tests hold it to
/// ±0.25 s on every inserted pause.
/// </remarks>
public static class VoiceActivityDetector
{
    /// <summary>The level of a frame of digital silence.</summary>
    public const double SilentDb = -120;

    /// <summary>Finds the speech in <paramref name="clip"/>.</summary>
    public static SpeechActivity Detect(AudioClip clip, VadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clip);
        options ??= new VadOptions();
        var levels = FrameLevels(clip, options, out int frameLength);
        var frame = TimeSpan.FromSeconds(frameLength / (double)clip.SampleRate);
        TimeSpan At(int index) => index >= levels.Length ? clip.Duration : frame * index;

        double noise = Percentile(levels, 0.10), loud = Percentile(levels, 0.95);
        if (levels.Length == 0 || loud < options.SilenceFloorDb || loud - noise < options.MinContrastDb)
            return new SpeechActivity { Duration = clip.Duration, Spans = [], Pauses = [], ThresholdDb = loud, NoiseDb = noise };
        double threshold = Math.Max(noise + Math.Max(options.MinMarginDb, options.ThresholdShare * (loud - noise)), options.SilenceFloorDb);

        // Runs of frames at or above the threshold, as [start, end) frame indices.
        var runs = new List<(int Start, int End)>();
        for (int i = 0; i < levels.Length;)
        {
            if (levels[i] < threshold) { i++; continue; }
            int start = i;
            while (i < levels.Length && levels[i] >= threshold) i++;
            runs.Add((start, i));
        }

        int bridge = (int)Math.Round(options.Bridge / frame), minSpeech = (int)Math.Ceiling(options.MinSpeech / frame);
        var joined = new List<(int Start, int End)>();
        foreach (var run in runs)
        {
            if (joined.Count > 0 && run.Start - joined[^1].End <= bridge) joined[^1] = (joined[^1].Start, run.End);
            else joined.Add(run);
        }
        joined.RemoveAll(r => r.End - r.Start < minSpeech);

        var spans = joined.Select(r => new SpeechSpan(At(r.Start), At(r.End))).ToImmutableArray();
        var pauses = ImmutableArray.CreateBuilder<Pause>();
        for (int i = 1; i < spans.Length; i++)
        {
            var gap = spans[i].Start - spans[i - 1].End;
            if (gap >= options.MinPause) pauses.Add(new Pause(spans[i - 1].End, gap));
        }
        return new SpeechActivity
        {
            Duration = clip.Duration,
            Spans = spans,
            Pauses = pauses.ToImmutable(),
            ThresholdDb = Math.Round(threshold, 1),
            NoiseDb = Math.Round(noise, 1),
        };
    }

    /// <summary>The level (dBFS, mean power) of each frame after the high-pass filter; the last partial frame counts when at least half full.</summary>
    public static double[] FrameLevels(AudioClip clip, VadOptions options, out int frameLength)
    {
        frameLength = Math.Max(1, (int)Math.Round(clip.SampleRate * options.Frame.TotalSeconds));
        int frames = clip.Length / frameLength + (clip.Length % frameLength >= frameLength / 2 && clip.Length % frameLength > 0 ? 1 : 0);
        var levels = new double[frames];
        var filter = BiQuadFilter.HighPassFilter(clip.SampleRate, Math.Min(options.HighPassHz, clip.SampleRate / 2f - 1), 0.7071f);
        var filtered = new float[frameLength];
        var samples = clip.Samples;
        for (int f = 0; f < frames; f++)
        {
            int start = f * frameLength, length = Math.Min(frameLength, samples.Length - start);
            var output = filtered.AsSpan(0, length);
            filter.Transform(samples.Slice(start, length), output);
            double power = 0;
            foreach (float s in output) power += s * (double)s;
            power /= length;
            levels[f] = power > 1e-12 ? 10 * Math.Log10(power) : SilentDb;
        }
        return levels;
    }

    private static double Percentile(double[] values, double share)
    {
        if (values.Length == 0) return SilentDb;
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        return sorted[(int)Math.Clamp(Math.Round(share * (sorted.Length - 1)), 0, sorted.Length - 1)];
    }
}
