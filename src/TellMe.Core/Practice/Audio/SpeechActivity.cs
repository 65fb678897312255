using System.Collections.Immutable;

namespace TellMe.Practice.Audio;

/// <summary>A stretch of the recording with speech in it.</summary>
/// <param name="Start">When it starts, from the start of the recording.</param>
/// <param name="End">When it ends.</param>
public sealed record SpeechSpan(TimeSpan Start, TimeSpan End)
{
    /// <summary>How long it lasts.</summary>
    public TimeSpan Duration => End - Start;
}

/// <summary>A silence between two stretches of speech, long enough to be heard as a pause.</summary>
/// <param name="Start">When the speaker stopped.</param>
/// <param name="Duration">How long until they spoke again.</param>
public sealed record Pause(TimeSpan Start, TimeSpan Duration)
{
    /// <summary>When the speaker went on.</summary>
    public TimeSpan End => Start + Duration;
}

/// <summary>
/// Where a recording has speech, found from its samples by <see cref="VoiceActivityDetector"/>. Pauses and
/// speaking time come from here and not from a transcript, so they are right whatever words a recogniser
/// gets wrong.
/// </summary>
public sealed record SpeechActivity
{
    /// <summary>The whole recording's length.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>
    /// The stretches of speech, in order, each at least <see cref="VadOptions.MinSpeech"/> long; two of them are
    /// separated by more than <see cref="VadOptions.Bridge"/> of silence (shorter gaps, such as the closure of a
    /// "t", are inside a stretch).
    /// </summary>
    public required ImmutableArray<SpeechSpan> Spans { get; init; }

    /// <summary>The silences of at least <see cref="VadOptions.MinPause"/> between the first and the last word.</summary>
    public required ImmutableArray<Pause> Pauses { get; init; }

    /// <summary>The level (dBFS) a 10 ms frame had to reach to count as speech.</summary>
    public required double ThresholdDb { get; init; }

    /// <summary>The background level (dBFS, the quietest tenth of the frames).</summary>
    public required double NoiseDb { get; init; }

    /// <summary>
    /// The syllable peaks found in the speech (<see cref="SyllableNuclei"/>), in order: what the pace is measured
    /// from when the recogniser's word count cannot be trusted. Empty when they were not looked for.
    /// </summary>
    public ImmutableArray<TimeSpan> SyllablePeaks { get; init; } = [];

    /// <summary>True when any speech was found.</summary>
    public bool HasSpeech => !Spans.IsDefaultOrEmpty;

    /// <summary>When the first word starts.</summary>
    public TimeSpan SpeechStart => HasSpeech ? Spans[0].Start : TimeSpan.Zero;

    /// <summary>When the last word ends.</summary>
    public TimeSpan SpeechEnd => HasSpeech ? Spans[^1].End : TimeSpan.Zero;

    /// <summary>
    /// Time spent speaking: from the first word to the last, less the pauses. Silences shorter than a pause
    /// (a breath, the gap after a full stop) are part of speaking, as a listener hears them.
    /// </summary>
    public TimeSpan SpeakingTime => HasSpeech ? SpeechEnd - SpeechStart - Pauses.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Duration) : TimeSpan.Zero;

    /// <summary>Speaking time within a window of the recording (for the pace of each 15 seconds).</summary>
    public TimeSpan SpeakingTimeBetween(TimeSpan from, TimeSpan to)
    {
        if (!HasSpeech || to <= from) return TimeSpan.Zero;
        var start = Max(from, SpeechStart);
        var end = Min(to, SpeechEnd);
        if (end <= start) return TimeSpan.Zero;
        var total = end - start;
        foreach (var p in Pauses)
        {
            var overlap = Min(end, p.End) - Max(start, p.Start);
            if (overlap > TimeSpan.Zero) total -= overlap;
        }
        return total;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
