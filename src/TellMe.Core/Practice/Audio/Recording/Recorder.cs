namespace TellMe.Practice.Audio.Recording;

/// <summary>Why a recording stopped.</summary>
public enum RecordingEnd
{
    /// <summary>The user pressed Enter (or the caller's stop signal fired).</summary>
    Stopped,
    /// <summary>The time ran out.</summary>
    TimeUp,
    /// <summary>The source ended by itself (a file played to its end, a device that went away).</summary>
    SourceEnded,
}

/// <summary>What the screen shows while recording, reported after every block.</summary>
/// <param name="Elapsed">Time recorded (from the samples, not a clock: exact whatever the screen's delays).</param>
/// <param name="Remaining">Time left before <see cref="RecordingEnd.TimeUp"/>.</param>
/// <param name="Meter">The level meter after this block.</param>
public sealed record RecordingStatus(TimeSpan Elapsed, TimeSpan Remaining, LevelMeter Meter);

/// <summary>A finished recording.</summary>
/// <param name="Clip">The audio.</param>
/// <param name="End">Why it stopped.</param>
public sealed record Recording(AudioClip Clip, RecordingEnd End);

/// <summary>
/// Records from a source until the user stops it or the time is up: the state machine of <c>drill --speak</c>
/// (countdown, level meter, stop on Enter or at time). The time is counted in samples, so the countdown is
/// exact and the logic is tested with a file source, no microphone and no clock.
/// </summary>
public static class Recorder
{
    /// <summary>Block length: 50 ms, twenty screen updates a second.</summary>
    public static readonly TimeSpan Block = TimeSpan.FromMilliseconds(50);

    /// <summary>Records up to <paramref name="limit"/>, or until <paramref name="stop"/> is cancelled (Enter), or the source ends.</summary>
    /// <param name="source">The audio; resampled to 16 kHz when it has another rate is the source's job.</param>
    /// <param name="limit">The longest recording: the drill's answer time.</param>
    /// <param name="stop">Cancelled when the user presses Enter.</param>
    /// <param name="status">Called after every block, for the countdown and meter.</param>
    /// <param name="cancellationToken">Abandons the recording (q, Ctrl+C): throws, nothing is returned.</param>
    public static async Task<Recording> RecordAsync(IAudioSource source, TimeSpan limit, CancellationToken stop, Action<RecordingStatus>? status = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        int rate = source.SampleRate;
        long max = (long)Math.Min(limit.TotalSeconds * rate, AudioLimits.MaxDuration.TotalSeconds * rate);
        var samples = new float[Math.Min(max, rate * 60L)];
        int count = 0;
        var meter = new LevelMeter();
        var block = new float[Math.Max(1, (int)(rate * Block.TotalSeconds))];
        RecordingEnd end;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
        while (true)
        {
            if (stop.IsCancellationRequested) { end = RecordingEnd.Stopped; break; }
            if (count >= max) { end = RecordingEnd.TimeUp; break; }
            int wanted = (int)Math.Min(block.Length, max - count);
            int read;
            try
            {
                read = await source.ReadAsync(block.AsMemory(0, wanted), linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                end = RecordingEnd.Stopped;
                break;
            }
            if (read == 0) { end = RecordingEnd.SourceEnded; break; }
            if (count + read > samples.Length) Array.Resize(ref samples, (int)Math.Min(max, Math.Max(samples.Length * 2L, count + read)));
            block.AsSpan(0, read).CopyTo(samples.AsSpan(count));
            count += read;
            meter.Add(block.AsSpan(0, read), TimeSpan.FromSeconds(read / (double)rate));
            var elapsed = TimeSpan.FromSeconds(count / (double)rate);
            status?.Invoke(new RecordingStatus(elapsed, limit - elapsed, meter));
        }
        Array.Resize(ref samples, count);
        return new Recording(new AudioClip(samples, rate), end);
    }
}
