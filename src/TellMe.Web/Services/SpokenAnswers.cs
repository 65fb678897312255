using TellMe.Practice.Audio;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;
using TellMe.Speech;

namespace TellMe.Web.Services;

/// <summary>What became of a recording uploaded to the drill.</summary>
/// <param name="Feedback">The feedback, exactly as <c>tellme feedback --audio</c> gives it.</param>
/// <param name="KeptAt">Where the recording was kept, relative to the bank; null when it was not kept (the default).</param>
public sealed record SpokenResult(SpokenFeedback Feedback, string? KeptAt);

/// <summary>
/// Turns a browser's recording into feedback with the CLI's service (<see cref="SpeechEngines.Practice"/>: the same
/// engine choice from <c>TELLME_SPEECH_ENGINE</c> or the bank's <c>tellme.yaml</c>, the same decoding through ffmpeg,
/// the same analysis). The upload is held in memory and dropped when the call returns, unless the user asked to keep it
/// (<see cref="KeptRecordings"/>). One recording is transcribed at a time: a recogniser is heavy and one person uses the app.
/// </summary>
public sealed class SpokenAnswers(BankViews banks, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private SpokenPractice? _practice;
    private SpeechChoice? _choice;

    /// <summary>Feedback on <paramref name="recording"/> as an answer to <paramref name="card"/>.</summary>
    /// <exception cref="AudioException">Empty, not audio, no speech, or no engine: the message is for the user.</exception>
    public async Task<SpokenResult> AnalyzeAsync(Stream recording, Card card, FeedbackOptions options, bool keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        using var buffer = new MemoryStream();
        await recording.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await _one.WaitAsync(cancellationToken).ConfigureAwait(false);
        SpokenFeedback feedback;
        try
        {
            feedback = await Practice().AnalyzeAsync(buffer, "the recording", card, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _one.Release();
        }
        string? kept = null;
        if (keep)
        {
            buffer.Position = 0;
            var head = new byte[AudioSniffer.HeaderLength];
            int n = buffer.Read(head);
            buffer.Position = 0;
            kept = KeptRecordings.Keep(banks.Workspace.Root, card, KeptRecordings.Extension(AudioSniffer.Detect(head.AsSpan(0, n))), buffer, time.GetUtcNow());
        }
        return new SpokenResult(feedback, kept);
    }

    // The engine is chosen from the environment and the bank's settings as they are now; a recogniser is made again
    // only when that choice changes (a Whisper model takes seconds to load).
    private SpokenPractice Practice()
    {
        var choice = SpeechEngines.Choose(null, null, Environment.GetEnvironmentVariable, banks.Current.Snapshot.Bank.Settings.Speech, banks.Workspace.Root);
        if (_practice is null || choice != _choice)
        {
            (_practice?.Transcriber as IDisposable)?.Dispose();
            _practice = SpeechEngines.Practice(choice);
            _choice = choice;
        }
        return _practice;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        (_practice?.Transcriber as IDisposable)?.Dispose();
        _one.Dispose();
    }
}
