using System.CommandLine;
using TellMe.Bank;
using TellMe.Cli.Output;
using TellMe.Practice;
using TellMe.Practice.Audio;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Feedback;
using TellMe.Practice.Scheduling;
using TellMe.Speech;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// <c>tellme drill</c>: reads the options, loads the bank and its history, starts the session and hands it to
/// the script runner (<c>--script</c>) or the interactive loop with the chosen answer mode.
/// </summary>
public static class DrillCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var options = new DrillCommandOptions();
        var command = new Command("drill", $"""
            Drill the bank with spaced repetition (FSRS-6). Each card is an answer key, a principle or a
            story; its prompt is an interviewer's question drawn afresh each time. Answer aloud (or type
            with --type, or record with --speak) against a visible countdown, reveal the story, key points and STAR outline, and rate
            how well you recalled it; you see when each rating brings the card back. Each review is saved
            (in .tellme/practice.db in the bank) before the next card is shown. Press q to stop at any time.

            Script format (--script FILE), one step per card:
            {DrillScript.Format}
            Each saved review prints a line "saved review ID for CARD: RATING, due ...".

            Examples:
              tellme drill --bank examples/bank
              tellme drill --type --pass-fail --time 2:00
              tellme drill --speak --keep-audio --time 2:00

            --speak records from the microphone with arecord (alsa-utils) or sox's rec and transcribes
            on this machine (pocketsphinx by default; {SpeechEngines.EngineVariable}/{SpeechEngines.ModelVariable}
            or `speech:` in tellme.yaml choose Whisper). For testing, {LiveAudio.InputVariable}=FILE.wav
            plays a recording in real time instead of the microphone.
              tellme drill --script session.txt --seed 7
            """);
        foreach (var option in options.Every) command.Options.Add(option);
        command.SetAction(parse => options.Read(parse, terminal) is { } settings
            ? Run(terminal, settings, parse.GetValue(options.Bank)!)
            : ExitCodes.Usage);
        return command;
    }

    private static int Run(Terminal terminal, DrillSettings settings, DirectoryInfo dir)
    {
        ScriptStep[]? steps = null;
        if (settings.ScriptPath is { } scriptPath)
        {
            string? text = PracticeOutput.ReadText(terminal, scriptPath, "script");
            if (text is null) return ExitCodes.Usage;
            var (parsed, errors) = DrillScript.Parse(text, settings.PassFail);
            if (errors.Length > 0)
            {
                foreach (var e in errors) terminal.Fail($"{scriptPath}:{e.Line}: {e.Message}");
                return ExitCodes.Usage;
            }
            steps = [.. parsed];
        }

        var bank = BankOption.Load(terminal, dir);
        if (bank is null) return ExitCodes.Usage;
        var deck = CardDeck.FromBank(bank);
        if (deck.IsEmpty)
        {
            terminal.Fail($"the bank '{dir}' has no answers, principles with stories, or stories to drill; import or write some first");
            return ExitCodes.Usage;
        }
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { DesiredRetention = settings.Retention, EnableFuzz = true });
        var random = settings.Seed is { } seed ? new Random(seed) : new Random();
        using var store = PracticeOutput.OpenStore(terminal, dir.FullName);
        if (store is null) return ExitCodes.Usage;
        int wpm = bank.Settings.Check.WordsPerMinute;
        SpeakSetup? speak = null;
        if (settings.Answer == AnswerKind.Spoken && (speak = Speak(terminal, settings, bank, dir.FullName)) is null) return ExitCodes.Usage;
        try
        {
            var session = DrillSession.Start(store, deck, scheduler, new Prompts(PracticeOutput.Questions, bank.Taught), random, terminal.Time, settings.Cards);
            if (steps is not null) return new ScriptDrill(terminal, settings, steps, wpm).Run(session);
            var keys = new KeyInput(terminal.Input, terminal.Pause);
            return new InteractiveDrill(terminal, settings, AnswerMode(terminal, settings, keys, speak), keys, wpm).Run(session);
        }
        catch (AudioException ex)
        {
            terminal.Fail(ex.Message); // the microphone went away during the session
            return ExitCodes.Usage;
        }
        catch (PracticeStoreException ex)
        {
            terminal.Fail(ex.Message);
            return ExitCodes.Usage;
        }
    }

    /// <summary>The answer mode the options ask for; a new mode (e.g. spoken answers) is chosen here.</summary>
    private static IAnswerMode AnswerMode(Terminal terminal, DrillSettings settings, KeyInput keys, SpeakSetup? speak)
    {
        IAnswerMode mode = settings.Answer switch
        {
            AnswerKind.Typed => new TypedAnswer(terminal.Console, keys, terminal.Time, settings.Time),
            AnswerKind.Spoken => new RecordedAnswer(terminal.Console, keys, settings.Time, speak!),
            _ => new AloudAnswer(terminal.Console, keys, terminal.Time, settings.Time),
        };
        return settings.AnswerFile is { } path ? new FileAnswer(mode, path) : mode;
    }

    /// <summary>
    /// Everything <c>--speak</c> needs, checked before the first card: the recogniser (its tool or model), and
    /// live audio (a recording tool and a microphone that gives samples, or the test recording of
    /// <see cref="LiveAudio.InputVariable"/>). Null, with the reason on standard error, when one is missing.
    /// </summary>
    private static SpeakSetup? Speak(Terminal terminal, DrillSettings settings, StoryBank bank, string bankDirectory)
    {
        var tools = ToolLocator.FromEnvironment();
        Func<string, string?> environment = Environment.GetEnvironmentVariable;
        try
        {
            // Audio first: without a recording tool or microphone, which recogniser is installed does not matter yet.
            LiveAudio.CheckAsync(tools, environment, new AudioReader(ToolAudioConverter.Find(tools))).GetAwaiter().GetResult();
            var choice = SpeechEngines.Choose(null, null, environment, bank.Settings.Speech, bankDirectory);
            var practice = SpeechEngines.Practice(choice, tools);
            Func<TellMe.Practice.Cards.Card, AudioClip, string?>? keep = settings.KeepAudio
                ? (card, clip) => KeptAudio.Keep(terminal, bankDirectory, card, ".wav", output => WavEncoder.Write(clip, output))
                : null;
            return new SpeakSetup(
                () => LiveAudio.OpenAsync(tools, environment, practice.Reader, terminal.Time).GetAwaiter().GetResult(),
                practice,
                new FeedbackOptions { Target = settings.Time, WordsPerMinute = bank.Settings.Check.WordsPerMinute },
                keep);
        }
        catch (AudioException ex)
        {
            terminal.Fail($"--speak: {ex.Message}");
            return null;
        }
    }
}
