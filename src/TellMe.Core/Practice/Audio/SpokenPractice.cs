using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;

namespace TellMe.Practice.Audio;

/// <summary>
/// Feedback on a spoken answer, from a file, an upload or a recorded clip: read it (<see cref="AudioReader"/>),
/// find the speech (<see cref="VoiceActivityDetector"/>), transcribe it (<see cref="ITranscriber"/>) and analyse
/// it (<see cref="SpokenAnswerAnalyzer"/>). The one entry point the CLI and the web app both call; the
/// engine and the decoding tool are given to it (TellMe.Speech makes them from the configuration).
/// Nothing is written anywhere: the audio stays in memory and is gone when the call returns.
/// </summary>
public sealed class SpokenPractice(AudioReader reader, ITranscriber transcriber, VadOptions? vad = null)
{
    /// <summary>Reads recordings.</summary>
    public AudioReader Reader { get; } = reader;

    /// <summary>The speech recogniser.</summary>
    public ITranscriber Transcriber { get; } = transcriber;

    /// <summary>Feedback on a recording file (WAV, or WebM/Ogg/… through the reader's converter).</summary>
    /// <exception cref="AudioException">Unreadable, no speech, or the engine failed: the message is for the user.</exception>
    public async Task<SpokenFeedback> AnalyzeAsync(string path, Card card, FeedbackOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var clip = await Reader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return await AnalyzeAsync(clip, Path.GetFileName(path), card, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Feedback on a recording in a stream: what the web app calls with a browser's upload (a MediaRecorder
    /// WebM or Ogg blob). <paramref name="name"/> is only used in messages.
    /// </summary>
    public async Task<SpokenFeedback> AnalyzeAsync(Stream recording, string name, Card card, FeedbackOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var clip = await Reader.ReadAsync(recording, name, cancellationToken).ConfigureAwait(false);
        return await AnalyzeAsync(clip, name, card, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Feedback on a recording already transcribed, e.g. while it was recorded (<see cref="Recording.TranscribingSource"/>):
    /// only voice activity and the analysis are left, a fraction of a second.
    /// </summary>
    public SpokenFeedback Analyze(AudioClip clip, Transcript transcript, string name, Card card, FeedbackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(transcript);
        var activity = Listen(clip, name);
        return SpokenAnswerAnalyzer.Analyze(activity, transcript, card, options);
    }

    /// <summary>Feedback on a clip already in memory (a microphone recording).</summary>
    public async Task<SpokenFeedback> AnalyzeAsync(AudioClip clip, string name, Card card, FeedbackOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clip);
        if (clip.Duration < AudioLimits.MinDuration)
            throw new AudioException($"the recording '{name}' is only {clip.Duration.TotalSeconds:0.0} s long: record the whole answer");
        var activity = Listen(clip, name);
        var transcript = await Transcriber.TranscribeAsync(clip, activity, progress, cancellationToken).ConfigureAwait(false);
        return SpokenAnswerAnalyzer.Analyze(activity, transcript, card, options);
    }

    /// <summary>What the samples say before any word is recognised: where the speech is, and its syllables.</summary>
    private SpeechActivity Listen(AudioClip clip, string name)
    {
        var activity = VoiceActivityDetector.Detect(clip, vad);
        if (!activity.HasSpeech)
            throw new AudioException($"no speech in '{name}': {AudioLimits.Clock(clip.Duration)} of silence or steady noise. Check that the microphone is on and not muted, then record again");
        return activity with { SyllablePeaks = SyllableNuclei.Find(clip, activity) };
    }
}
