using System.Collections.Immutable;

namespace TellMe.Practice.Audio.Recording;

/// <summary>
/// Transcribes while the answer is being recorded, so the feedback is ready seconds after the stop instead of
/// a whole transcription later. It wraps the live source: every sample passes through unchanged, and whenever
/// <see cref="ChunkLength"/> of new audio has come in, the speech so far is cut at its last pause and the
/// finished stretch goes to the recogniser in the background (one at a time). At the stop,
/// <see cref="FinishAsync"/> transcribes only what is left and returns the whole transcript.
/// </summary>
public sealed class TranscribingSource(IAudioSource source, ITranscriber transcriber, VadOptions? vad = null) : IAudioSource
{
    /// <summary>How much new audio triggers a look for a cut: long enough that a recogniser's start-up cost is small against it.</summary>
    public static readonly TimeSpan ChunkLength = TimeSpan.FromSeconds(20);

    private readonly List<float> _samples = [];
    private readonly List<Task<Transcript>> _chunks = [];
    private int _cut;      // samples before this index have been sent to the recogniser
    private int _checked;  // samples before this index were there at the last look for a cut
    private Task _previous = Task.CompletedTask;

    /// <inheritdoc/>
    public int SampleRate => source.SampleRate;

    /// <summary>How many stretches were sent to the recogniser while recording.</summary>
    public int ChunksSent => _chunks.Count;

    /// <inheritdoc/>
    public async ValueTask<int> ReadAsync(Memory<float> buffer, CancellationToken cancellationToken = default)
    {
        int n = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (n > 0)
        {
            _samples.AddRange(buffer.Span[..n]);
            if (_samples.Count - _checked >= ChunkLength.TotalSeconds * SampleRate) SendFinishedSpeech();
        }
        return n;
    }

    // Cut in the middle of the last pause that ended at least a second ago: the speech before it is finished.
    private void SendFinishedSpeech()
    {
        _checked = _samples.Count;
        var clip = new AudioClip([.. _samples.Skip(_cut)], SampleRate);
        var activity = VoiceActivityDetector.Detect(clip, vad);
        var last = activity.Pauses.LastOrDefault(p => p.End <= clip.Duration - TimeSpan.FromSeconds(1));
        if (last is null) return;
        int cut = clip.SampleAt(last.Start + last.Duration / 2);
        Send(_cut, _cut + cut);
        _cut += cut;
    }

    private void Send(int from, int to)
    {
        var clip = new AudioClip([.. _samples.GetRange(from, to - from)], SampleRate);
        var offset = TimeSpan.FromSeconds(from / (double)SampleRate);
        var previous = _previous;
        var task = Task.Run(async () =>
        {
            await previous.ConfigureAwait(false); // one recogniser at a time: the recording needs the other core
            var activity = VoiceActivityDetector.Detect(clip, vad);
            if (!activity.HasSpeech) return new Transcript([], transcriber.Name);
            var transcript = await transcriber.TranscribeAsync(clip, activity).ConfigureAwait(false);
            return transcript with { Words = [.. transcript.Words.Select(w => w with { Start = w.Start + offset, End = w.End + offset })] };
        });
        _previous = task;
        _chunks.Add(task);
    }

    /// <summary>
    /// Transcribes what is left of <paramref name="recording"/> (the clip the recorder returned, made of the samples
    /// that passed through here) and returns the transcript of the whole.
    /// </summary>
    public async Task<Transcript> FinishAsync(AudioClip recording, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recording);
        if (recording.Length > _cut) Send(_cut, Math.Min(recording.Length, _samples.Count));
        var parts = await Task.WhenAll(_chunks).WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Transcript([.. parts.SelectMany(p => p.Words)], transcriber.Name, parts.Any(p => p.HearsEveryWord));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => source.DisposeAsync();
}
