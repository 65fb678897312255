using System.CommandLine;
using Spectre.Console;
using TellMe.Bank;
using TellMe.Cli.Output;
using TellMe.Practice.Audio;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;
using TellMe.Speech;

namespace TellMe.Cli.Commands;

/// <summary>
/// The <c>--audio</c> path of <c>tellme feedback</c>: its options, and the run from a recording to the
/// feedback. Kept apart from <see cref="FeedbackCommand"/> so the typed path stays as it is.
/// </summary>
public sealed class FeedbackAudio
{
    /// <summary><c>--audio FILE</c>.</summary>
    public Option<string> Audio { get; } = new("--audio") { Description = "Feedback on a spoken answer: a WAV recording (any rate, mono or stereo), or WebM/Ogg/FLAC/MP3/M4A with ffmpeg installed. Transcribed on this machine." };

    /// <summary><c>--engine NAME</c>.</summary>
    public Option<string> Engine { get; } = new("--engine") { Description = $"Speech recogniser: pocketsphinx (default, Debian's, offline) or whisper (needs --model). Also {SpeechEngines.EngineVariable} or `speech: engine:` in tellme.yaml." };

    /// <summary><c>--model FILE</c>.</summary>
    public Option<string> Model { get; } = new("--model") { Description = $"Whisper ggml model file (e.g. ggml-base.en.bin); implies --engine whisper. Also {SpeechEngines.ModelVariable}." };

    /// <summary><c>--keep-audio</c>.</summary>
    public Option<bool> KeepAudio { get; } = new("--keep-audio") { Description = "Keep a copy of the recording under the bank's .tellme/audio/ (git-ignored). Without it, nothing of the audio is stored." };

    /// <summary>Adds the options to the command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Audio);
        command.Options.Add(Engine);
        command.Options.Add(Model);
        command.Options.Add(KeepAudio);
    }

    /// <summary>Runs feedback on the recording; returns the exit code.</summary>
    public int Run(ParseResult parse, Terminal terminal, StoryBank bank, string bankDirectory, Card card, TimeSpan target, bool json)
    {
        string path = parse.GetValue(Audio)!;
        SpokenFeedback spoken;
        try
        {
            var choice = SpeechEngines.Choose(parse.GetValue(Engine), parse.GetValue(Model), Environment.GetEnvironmentVariable, bank.Settings.Speech, bankDirectory);
            var practice = SpeechEngines.Practice(choice);
            var options = new FeedbackOptions { Target = target, WordsPerMinute = bank.Settings.Check.WordsPerMinute };
            spoken = terminal.Interactive && !json
                ? terminal.Console.Status().Start($"transcribing {Markup.Escape(Path.GetFileName(path))} with {Markup.Escape(practice.Transcriber.Name)}…", ctx =>
                    practice.AnalyzeAsync(path, card, options, new Progress<double>(p => ctx.Status($"transcribing with {Markup.Escape(practice.Transcriber.Name)}… {p:P0}"))).GetAwaiter().GetResult())
                : practice.AnalyzeAsync(path, card, options).GetAwaiter().GetResult();
            (practice.Transcriber as IDisposable)?.Dispose();
        }
        catch (AudioException ex)
        {
            terminal.Fail(ex.Message);
            return ExitCodes.Usage;
        }
        string? kept = parse.GetValue(KeepAudio) ? Keep(terminal, path, bankDirectory, card) : null;
        if (json) Output.Json.Write(terminal.Out, SpokenOutput.Json(card, spoken, kept));
        else SpokenOutput.Show(terminal, card, spoken, kept);
        return ExitCodes.Ok;
    }

    /// <summary>Copies the recording to <c>.tellme/audio/</c> in the bank (<see cref="KeptAudio"/>).</summary>
    private static string? Keep(Terminal terminal, string path, string bankDirectory, Card card) =>
        KeptAudio.Keep(terminal, bankDirectory, card, Path.GetExtension(path), output =>
        {
            using var recording = File.OpenRead(path);
            recording.CopyTo(output);
        });
}
