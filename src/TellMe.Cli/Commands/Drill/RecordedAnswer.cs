using Spectre.Console;
using Spectre.Console.Rendering;
using TellMe.Cli.Output;
using TellMe.Practice.Audio;
using TellMe.Practice.Audio.Recording;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Feedback;

namespace TellMe.Cli.Commands.Drill;

/// <summary>What <c>drill --speak</c> needs besides the screen: where audio comes from, the recogniser, and where a kept recording goes.</summary>
/// <param name="Open">Opens the live audio (the microphone, or the test recording of <c>TELLME_AUDIO_INPUT</c>).</param>
/// <param name="Practice">Turns the recording and its transcript into feedback.</param>
/// <param name="Options">The feedback's target time and reference pace.</param>
/// <param name="Keep">Keeps a recording of a card and returns where (<c>--keep-audio</c>); null when nothing is kept.</param>
public sealed record SpeakSetup(Func<IAudioSource> Open, SpokenPractice Practice, FeedbackOptions Options, Func<Card, AudioClip, string?>? Keep);

/// <summary>A spoken answer's outcome, shown before the rating.</summary>
/// <param name="Feedback">The feedback, or null when there was none (no speech).</param>
/// <param name="Problem">Why there is no feedback, for the screen.</param>
/// <param name="KeptAt">Where the recording was kept, relative to the bank; null when it was not.</param>
public sealed record SpokenTake(SpokenFeedback? Feedback, string? Problem, string? KeptAt);

/// <summary>
/// <c>--speak</c>: the answer is recorded while the countdown runs, with a live level meter under it, through
/// <see cref="TellMe.Practice.Audio.Recording.Recorder"/> (Enter stops, the time limit stops, q or Esc abandons the card), and transcribed while
/// it is recorded (<see cref="TranscribingSource"/>), so the feedback is ready moments after the stop. The audio
/// stays in memory and is gone after the card unless <c>--keep-audio</c> asked for it.
/// </summary>
public sealed class RecordedAnswer(IAnsiConsole console, KeyInput keys, TimeSpan limit, SpeakSetup setup) : IAnswerMode
{
    private const string Keys = "recording · Enter: stop · q: quit";
    private const int MeterWidth = 30;

    /// <inheritdoc/>
    public AnswerTaken? Take(DrillTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var source = new TranscribingSource(setup.Open(), setup.Practice.Transcriber);
        try
        {
            return Record(turn.Card, source);
        }
        finally
        {
            source.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private AnswerTaken? Record(Card card, TranscribingSource source)
    {
        using var stop = new CancellationTokenSource();
        using var abandon = new CancellationTokenSource();
        RecordingStatus? latest = null;
        var recording = Task.Run(() => TellMe.Practice.Audio.Recording.Recorder.RecordAsync(source, limit, stop.Token, s => Volatile.Write(ref latest, s), abandon.Token));

        return LiveRegion.Run(console, Running(null), update =>
        {
            RecordingStatus? shown = null;
            while (!recording.IsCompleted)
            {
                if (keys.Within(KeyInput.PollInterval * 2) is { } key)
                {
                    if (key.Key is ConsoleKey.Enter or ConsoleKey.Spacebar || key.KeyChar is '\r' or '\n')
                    {
                        stop.Cancel();
                        break;
                    }
                    if (KeyInput.IsQuit(key))
                    {
                        abandon.Cancel();
                        try { recording.GetAwaiter().GetResult(); } catch (OperationCanceledException) { }
                        update(CountdownLine.Stopped(Volatile.Read(ref latest)?.Elapsed ?? TimeSpan.Zero));
                        return null;
                    }
                }
                var now = Volatile.Read(ref latest);
                if (now is not null && now != shown)
                {
                    shown = now;
                    update(Running(now));
                }
            }

            var clip = recording.GetAwaiter().GetResult().Clip;
            var answered = CountdownLine.Answered(clip.Duration, limit);
            update(new Rows(answered, new Markup($"  [dim]transcribing with {Markup.Escape(setup.Practice.Transcriber.Name)}…[/]")));
            SpokenFeedback? feedback = null;
            string? problem = null, text = null;
            try
            {
                var transcript = source.FinishAsync(clip).GetAwaiter().GetResult();
                text = transcript.Words.IsDefaultOrEmpty ? null : transcript.Text; // saved with the review, as a typed answer is
                feedback = setup.Practice.Analyze(clip, transcript, "the recording", card, setup.Options);
            }
            catch (AudioException ex)
            {
                problem = ex.Message;
            }
            string? kept = setup.Keep?.Invoke(card, clip);
            update(answered);
            return new AnswerTaken(text, clip.Duration, new SpokenTake(feedback, problem, kept));
        });
    }

    // The countdown line (the same as the other modes') and the level meter under it.
    private IRenderable Running(RecordingStatus? status)
    {
        var left = status?.Remaining ?? limit;
        var countdown = CountdownLine.Running(left, limit, Keys, console.Profile.Width);
        string bar = status is null ? new string('·', MeterWidth) : status.Meter.Bar(MeterWidth);
        string colour = status?.Meter.Clipping == true ? "red" : "green";
        string note = status?.Meter.Clipping == true ? "  [red]too loud: move back a little[/]" : "";
        return new Rows(countdown, new Markup($"  [dim]level[/]     [{colour}]{Markup.Escape(bar)}[/]{note}"));
    }
}
